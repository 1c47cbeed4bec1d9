package org.supportplan.domain.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.supportplan.domain.validation.InvalidValueException;

/**
 * Everything the person (or whoever writes with them) puts in a support plan: what matters to them,
 * needs and outcomes, paid and unpaid support, risks, contingencies, control, who manages the money,
 * the budget and how it is taken, and the action plan. Parts may be missing in a draft; the sign-off
 * check reports what is missing. Links between parts (an item meeting need {@code n1}) must point at
 * something that exists, or the content is refused.
 *
 * @param whatIsImportant what is important to the person, or null while unanswered
 * @param needs the needs from the assessment
 * @param outcomes the person's outcomes
 * @param supportItems the costed support, kept as {@link SupportItems}
 * @param circleOfSupport unpaid support from family, friends, community and other services
 * @param risks the risks and how each is managed
 * @param contingencyPlans what happens if support fails
 * @param decisionsAndControl how the person makes decisions and stays in control, or null
 * @param authorship who wrote the plan and whether an advocate is needed, or null while unrecorded
 * @param budgetManager who manages the budget, or null
 * @param budget the personal budget, or null before an indicative budget is set
 * @param deployments how the budget is taken
 * @param topUps top-ups paid on top of the budget
 * @param actionPlan the steps to put the plan in place
 */
public record PlanContent(Narrative whatIsImportant, List<Need> needs, List<Outcome> outcomes,
                          List<SupportItem> supportItems, List<UnpaidSupport> circleOfSupport, List<Risk> risks,
                          List<Narrative> contingencyPlans, Narrative decisionsAndControl, Authorship authorship,
                          BudgetManager budgetManager, PersonalBudget budget, List<Deployment> deployments,
                          List<TopUp> topUps, List<ActionStep> actionPlan) {

    /** The most entries any list in a plan may hold. */
    public static final int MAX_ENTRIES = 500;

    /** Validates sizes, presence of list entries, unique ids and every link. */
    public PlanContent {
        needs = Sets.listCopy(needs, "needs", MAX_ENTRIES);
        outcomes = Sets.listCopy(outcomes, "outcomes", MAX_ENTRIES);
        // Kept with each item's figures side by side, for whole-caseload cost breakdowns (ADR 27).
        supportItems = SupportItems.copyOf(Sets.listCopy(supportItems, "supportItems", MAX_ENTRIES));
        circleOfSupport = Sets.listCopy(circleOfSupport, "circleOfSupport", MAX_ENTRIES);
        risks = Sets.listCopy(risks, "risks", MAX_ENTRIES);
        contingencyPlans = Sets.listCopy(contingencyPlans, "contingencyPlans", MAX_ENTRIES);
        deployments = Sets.listCopy(deployments, "deployments", MAX_ENTRIES);
        topUps = Sets.listCopy(topUps, "topUps", MAX_ENTRIES);
        actionPlan = Sets.listCopy(actionPlan, "actionPlan", MAX_ENTRIES);

        Set<NeedId> needIds = unique(needs.stream().map(Need::id).toList(), "needs");
        Set<OutcomeId> outcomeIds = unique(outcomes.stream().map(Outcome::id).toList(), "outcomes");
        unique(supportItems.stream().map(SupportItem::id).toList(), "supportItems");
        for (int i = 0; i < outcomes.size(); i++) {
            linked(outcomes.get(i).needs(), needIds, "outcomes[" + i + "].needs", "need");
        }
        for (int i = 0; i < supportItems.size(); i++) {
            linked(supportItems.get(i).needs(), needIds, "supportItems[" + i + "].needs", "need");
            linked(supportItems.get(i).outcomes(), outcomeIds, "supportItems[" + i + "].outcomes", "outcome");
        }
        for (int i = 0; i < circleOfSupport.size(); i++) {
            linked(circleOfSupport.get(i).needs(), needIds, "circleOfSupport[" + i + "].needs", "need");
        }
        for (int i = 0; i < deployments.size(); i++) {
            linked(deployments.get(i).needs(), needIds, "deployments[" + i + "].needs", "need");
        }
    }

    /** An empty plan content, to build on with {@link #toBuilder()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this content. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.whatIsImportant = whatIsImportant;
        b.needs = new ArrayList<>(needs);
        b.outcomes = new ArrayList<>(outcomes);
        b.supportItems = new ArrayList<>(supportItems);
        b.circleOfSupport = new ArrayList<>(circleOfSupport);
        b.risks = new ArrayList<>(risks);
        b.contingencyPlans = new ArrayList<>(contingencyPlans);
        b.decisionsAndControl = decisionsAndControl;
        b.authorship = authorship;
        b.budgetManager = budgetManager;
        b.budget = budget;
        b.deployments = new ArrayList<>(deployments);
        b.topUps = new ArrayList<>(topUps);
        b.actionPlan = new ArrayList<>(actionPlan);
        return b;
    }

    /** What is important to the person, if answered. */
    public Optional<Narrative> importantToPerson() {
        return Optional.ofNullable(whatIsImportant);
    }

    /** The personal budget, if set. */
    public Optional<PersonalBudget> personalBudget() {
        return Optional.ofNullable(budget);
    }

    /** The need with this id, if any. */
    public Optional<Need> need(NeedId id) {
        return needs.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    private static <T> Set<T> unique(List<T> ids, String field) {
        Set<T> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                throw InvalidValueException.of(field + "[" + i + "].id", "plan.unique-id",
                        "the id " + ids.get(i) + " is used twice in " + field);
            }
        }
        return seen;
    }

    private static <T> void linked(Set<T> links, Set<T> known, String field, String what) {
        for (T link : links) {
            if (!known.contains(link)) {
                throw InvalidValueException.of(field, "plan.link-exists",
                        field + " refers to " + what + " " + link + ", which is not in the plan");
            }
        }
    }

    /** Builds plan content step by step; lists start empty, everything else null. */
    public static final class Builder {
        private Narrative whatIsImportant;
        private List<Need> needs = new ArrayList<>();
        private List<Outcome> outcomes = new ArrayList<>();
        private List<SupportItem> supportItems = new ArrayList<>();
        private List<UnpaidSupport> circleOfSupport = new ArrayList<>();
        private List<Risk> risks = new ArrayList<>();
        private List<Narrative> contingencyPlans = new ArrayList<>();
        private Narrative decisionsAndControl;
        private Authorship authorship;
        private BudgetManager budgetManager;
        private PersonalBudget budget;
        private List<Deployment> deployments = new ArrayList<>();
        private List<TopUp> topUps = new ArrayList<>();
        private List<ActionStep> actionPlan = new ArrayList<>();

        private Builder() {
        }

        /** Sets what is important to the person. */
        public Builder whatIsImportant(Narrative value) {
            this.whatIsImportant = value;
            return this;
        }

        /** Replaces the needs. */
        public Builder needs(List<Need> value) {
            this.needs = new ArrayList<>(value);
            return this;
        }

        /** Adds a need. */
        public Builder need(Need value) {
            this.needs.add(value);
            return this;
        }

        /** Replaces the outcomes. */
        public Builder outcomes(List<Outcome> value) {
            this.outcomes = new ArrayList<>(value);
            return this;
        }

        /** Adds an outcome. */
        public Builder outcome(Outcome value) {
            this.outcomes.add(value);
            return this;
        }

        /** Replaces the support items. */
        public Builder supportItems(List<SupportItem> value) {
            this.supportItems = new ArrayList<>(value);
            return this;
        }

        /** Adds a support item. */
        public Builder supportItem(SupportItem value) {
            this.supportItems.add(value);
            return this;
        }

        /** Replaces the circle of support. */
        public Builder circleOfSupport(List<UnpaidSupport> value) {
            this.circleOfSupport = new ArrayList<>(value);
            return this;
        }

        /** Adds unpaid support. */
        public Builder unpaidSupport(UnpaidSupport value) {
            this.circleOfSupport.add(value);
            return this;
        }

        /** Replaces the risks. */
        public Builder risks(List<Risk> value) {
            this.risks = new ArrayList<>(value);
            return this;
        }

        /** Adds a risk. */
        public Builder risk(Risk value) {
            this.risks.add(value);
            return this;
        }

        /** Replaces the contingency plans. */
        public Builder contingencyPlans(List<Narrative> value) {
            this.contingencyPlans = new ArrayList<>(value);
            return this;
        }

        /** Adds a contingency plan. */
        public Builder contingencyPlan(Narrative value) {
            this.contingencyPlans.add(value);
            return this;
        }

        /** Sets how the person makes decisions and stays in control. */
        public Builder decisionsAndControl(Narrative value) {
            this.decisionsAndControl = value;
            return this;
        }

        /** Sets who wrote the plan. */
        public Builder authorship(Authorship value) {
            this.authorship = value;
            return this;
        }

        /** Sets who manages the budget. */
        public Builder budgetManager(BudgetManager value) {
            this.budgetManager = value;
            return this;
        }

        /** Sets the personal budget. */
        public Builder budget(PersonalBudget value) {
            this.budget = value;
            return this;
        }

        /** Replaces the deployments. */
        public Builder deployments(List<Deployment> value) {
            this.deployments = new ArrayList<>(value);
            return this;
        }

        /** Adds a deployment. */
        public Builder deployment(Deployment value) {
            this.deployments.add(value);
            return this;
        }

        /** Replaces the top-ups. */
        public Builder topUps(List<TopUp> value) {
            this.topUps = new ArrayList<>(value);
            return this;
        }

        /** Adds a top-up. */
        public Builder topUp(TopUp value) {
            this.topUps.add(value);
            return this;
        }

        /** Replaces the action plan. */
        public Builder actionPlan(List<ActionStep> value) {
            this.actionPlan = new ArrayList<>(value);
            return this;
        }

        /** Adds an action step. */
        public Builder actionStep(ActionStep value) {
            this.actionPlan.add(value);
            return this;
        }

        /** Validates and builds. */
        public PlanContent build() {
            return new PlanContent(whatIsImportant, needs, outcomes, supportItems, circleOfSupport, risks,
                    contingencyPlans, decisionsAndControl, authorship, budgetManager, budget, deployments, topUps,
                    actionPlan);
        }
    }
}
