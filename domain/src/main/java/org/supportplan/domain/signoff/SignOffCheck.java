package org.supportplan.domain.signoff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.supportplan.domain.budget.CostBreakdown;
import org.supportplan.domain.budget.Sufficiency;
import org.supportplan.domain.money.CostRules;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.Deployment;
import org.supportplan.domain.plan.DeploymentOption;
import org.supportplan.domain.plan.Need;
import org.supportplan.domain.plan.NeedId;
import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.Risk;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.TopUp;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.profile.PlanQuestion;
import org.supportplan.domain.profile.PlanSection;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.spend.MeetsNeedOrOutcomeRule;
import org.supportplan.domain.spend.SpendPolicy;
import org.supportplan.domain.spend.SpendSubject;
import org.supportplan.domain.spend.Verdict;

/**
 * The council's check before sign-off, under one council profile. Returns every finding at once:
 * unanswered questions, eligible needs met by nothing, paid items linked to nothing, unmanaged risks,
 * no contingency plan, cost above budget, incomplete direct payments, a missing advocate, and each
 * spend-rule refusal. A pure function of the plan content and the profile.
 */
public final class SignOffCheck {

    /** An unanswered question or heading. */
    public static final RuleId QUESTION_UNANSWERED = RuleId.of("signoff.question-unanswered");
    /** An eligible need that no paid or unpaid support meets. */
    public static final RuleId NEED_UNMET = RuleId.of("signoff.eligible-need-unmet");
    /** A paid item linked to no need and no outcome. */
    public static final RuleId ITEM_UNLINKED = RuleId.of("signoff.item-meets-nothing");
    /** A risk without a mitigation. */
    public static final RuleId RISK_UNMANAGED = RuleId.of("signoff.risk-unmanaged");
    /** No contingency plan. */
    public static final RuleId NO_CONTINGENCY = RuleId.of("signoff.no-contingency-plan");
    /** No personal budget set. */
    public static final RuleId NO_BUDGET = RuleId.of("signoff.no-budget");
    /** Budget-funded cost above the budget. */
    public static final RuleId COST_ABOVE_BUDGET = RuleId.of("signoff.cost-above-budget");
    /** Top-up-funded cost above the top-ups. */
    public static final RuleId COST_ABOVE_TOP_UPS = RuleId.of("signoff.cost-above-top-ups");
    /** A direct payment without its needs, amount or frequency. */
    public static final RuleId DIRECT_PAYMENT_INCOMPLETE = RuleId.of("signoff.direct-payment-incomplete");
    /** An advocate is required but none is recorded. */
    public static final RuleId ADVOCATE_MISSING = RuleId.of("signoff.advocate-required");

    static final RuleSource NEEDS_MET = RuleSource.of(RuleSource.Kind.ACT,
            "Care Act 2014 s.25(1)(c): the plan specifies which needs will be met, and how");
    static final RuleSource ITEMS_LINKED = RuleSource.of(RuleSource.Kind.ACT,
            "Care Act 2014 s.25(1)(c) and s.26: the budget is the cost of meeting the person's needs");
    static final RuleSource RISKS = RuleSource.of(RuleSource.Kind.STATUTORY_GUIDANCE,
            "Care and Support Statutory Guidance ch.10 (risk in the plan); Bury: the council checks the risk assessment");
    static final RuleSource CONTINGENCY = RuleSource.of(RuleSource.Kind.STATUTORY_GUIDANCE,
            "Care and Support Statutory Guidance ch.10 (contingency planning); Derbyshire question 5");
    static final RuleSource SUFFICIENCY = RuleSource.of(RuleSource.Kind.ACT,
            "Care Act 2014 s.26; Statutory Guidance 11.24: the personal budget must be sufficient to meet the needs");
    static final RuleSource DIRECT_PAYMENT = RuleSource.of(RuleSource.Kind.ACT,
            "Care Act 2014 s.25(2): a direct payment states the needs it meets and the amount and frequency of payments");
    static final RuleSource ADVOCACY = RuleSource.of(RuleSource.Kind.ACT,
            "Care Act 2014 s.67-68: an independent advocate where there is substantial difficulty and nobody appropriate");

    private final CouncilProfile profile;
    private final SpendPolicy spendPolicy;
    private final CostRules costRules;

    /** A check under {@code profile}. */
    public SignOffCheck(CouncilProfile profile) {
        this.profile = profile;
        this.spendPolicy = profile.spendPolicy();
        this.costRules = new CostRules(profile.weeksPerYear().value(), profile.rounding().value());
    }

    /** Checks {@code plan} and reports every finding. */
    public SignOffReport check(PlanContent plan) {
        List<Finding> findings = new ArrayList<>();
        questions(plan, findings);
        Set<String> refusedPaths = spendRules(plan, findings);
        needsMet(plan, findings);
        itemsLinked(plan, findings, refusedPaths);
        risks(plan, findings);
        if (plan.contingencyPlans().isEmpty()) {
            findings.add(new Finding(NO_CONTINGENCY, CONTINGENCY,
                    "the plan has no contingency plan: say what happens if the planned support fails", "$.contingencyPlans"));
        }
        directPayments(plan, findings);
        advocacy(plan, findings);
        CostBreakdown breakdown = CostBreakdown.of(plan.supportItems(), costRules);
        Sufficiency sufficiency = Sufficiency.of(breakdown, plan.budget(), plan.topUps());
        sufficiency(sufficiency, breakdown, plan, findings);
        findings.sort(null);
        return new SignOffReport(plan, profile, findings, breakdown, sufficiency);
    }

    private void questions(PlanContent plan, List<Finding> findings) {
        for (PlanQuestion question : profile.questions()) {
            List<String> missing = new ArrayList<>();
            for (PlanSection section : question.answeredBy()) {
                if (!answered(plan, section)) {
                    missing.add(sectionPath(section));
                }
            }
            if (!missing.isEmpty()) {
                findings.add(new Finding(QUESTION_UNANSWERED, question.source(),
                        profile.name() + " asks \"" + question.text() + "\" (" + question.id() + "); the plan does not answer it: "
                                + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " empty",
                        missing.get(0)));
            }
        }
    }

    static boolean answered(PlanContent plan, PlanSection section) {
        return switch (section) {
            case WHAT_IS_IMPORTANT -> plan.whatIsImportant() != null;
            case NEEDS -> !plan.needs().isEmpty();
            case OUTCOMES -> !plan.outcomes().isEmpty();
            case SUPPORT -> !plan.supportItems().isEmpty() || !plan.circleOfSupport().isEmpty();
            case RISKS -> !plan.risks().isEmpty();
            case DECISIONS_AND_CONTROL -> plan.decisionsAndControl() != null;
            case CONTINGENCY -> !plan.contingencyPlans().isEmpty();
            case CIRCLE_OF_SUPPORT -> !plan.circleOfSupport().isEmpty();
            case BUDGET_MANAGER -> plan.budgetManager() != null;
            case BUDGET -> plan.budget() != null && !plan.deployments().isEmpty();
            case ACTION_PLAN -> !plan.actionPlan().isEmpty();
        };
    }

    static String sectionPath(PlanSection section) {
        return switch (section) {
            case WHAT_IS_IMPORTANT -> "$.whatIsImportant";
            case NEEDS -> "$.needs";
            case OUTCOMES -> "$.outcomes";
            case SUPPORT -> "$.supportItems";
            case RISKS -> "$.risks";
            case DECISIONS_AND_CONTROL -> "$.decisionsAndControl";
            case CONTINGENCY -> "$.contingencyPlans";
            case CIRCLE_OF_SUPPORT -> "$.circleOfSupport";
            case BUDGET_MANAGER -> "$.budgetManager";
            case BUDGET -> "$.budget";
            case ACTION_PLAN -> "$.actionPlan";
        };
    }

    private Set<String> spendRules(PlanContent plan, List<Finding> findings) {
        Set<String> refusedForMeetingNothing = new HashSet<>();
        for (int i = 0; i < plan.supportItems().size(); i++) {
            SupportItem item = plan.supportItems().get(i);
            String path = CostBreakdown.itemPath(i);
            SpendSubject subject = new SpendSubject(path, item.category(), item.description(), item.route(),
                    item.paidPerson(), item.needs(), item.outcomes());
            for (Verdict.Refused refused : spendPolicy.assess(subject)) {
                findings.add(new Finding(refused.rule(), refused.source(),
                        "\"" + item.description() + "\": " + refused.reason(), refused.path()));
                if (refused.rule().equals(MeetsNeedOrOutcomeRule.ID)) {
                    refusedForMeetingNothing.add(path);
                }
            }
        }
        return refusedForMeetingNothing;
    }

    private static void needsMet(PlanContent plan, List<Finding> findings) {
        Set<NeedId> met = new HashSet<>();
        plan.supportItems().forEach(item -> met.addAll(item.needs()));
        plan.circleOfSupport().forEach(unpaid -> met.addAll(unpaid.needs()));
        for (int i = 0; i < plan.needs().size(); i++) {
            Need need = plan.needs().get(i);
            if (need.isEligible() && !met.contains(need.id())) {
                findings.add(new Finding(NEED_UNMET, NEEDS_MET, "the eligible need " + need.id() + " ("
                        + need.outcome().description() + ") is met by no paid or unpaid support", "$.needs[" + i + "]"));
            }
        }
    }

    private static void itemsLinked(PlanContent plan, List<Finding> findings, Set<String> alreadyRefused) {
        for (int i = 0; i < plan.supportItems().size(); i++) {
            SupportItem item = plan.supportItems().get(i);
            String path = CostBreakdown.itemPath(i);
            // The spend rule says the same thing, citing the council's own words; one finding is enough.
            if (item.isBudgetFunded() && item.needs().isEmpty() && item.outcomes().isEmpty() && !alreadyRefused.contains(path)) {
                findings.add(new Finding(ITEM_UNLINKED, ITEMS_LINKED,
                        "\"" + item.description() + "\" is paid for but linked to no need and no outcome", path));
            }
        }
    }

    private static void risks(PlanContent plan, List<Finding> findings) {
        for (int i = 0; i < plan.risks().size(); i++) {
            Risk risk = plan.risks().get(i);
            if (risk.managedBy().isEmpty()) {
                findings.add(new Finding(RISK_UNMANAGED, RISKS, "a risk has no agreed way of managing it", "$.risks[" + i + "]"));
            }
        }
    }

    private static void directPayments(PlanContent plan, List<Finding> findings) {
        boolean hasDirectPayment = false;
        for (int i = 0; i < plan.deployments().size(); i++) {
            Deployment deployment = plan.deployments().get(i);
            if (deployment.option() != DeploymentOption.DIRECT_PAYMENT) {
                continue;
            }
            hasDirectPayment = true;
            List<String> missing = new ArrayList<>();
            if (deployment.needs().isEmpty()) {
                missing.add("the needs it meets");
            }
            if (deployment.amount().isZero()) {
                missing.add("the amount of each payment");
            }
            if (!missing.isEmpty()) {
                findings.add(new Finding(DIRECT_PAYMENT_INCOMPLETE, DIRECT_PAYMENT,
                        "the direct payment does not state " + String.join(" or ", missing), "$.deployments[" + i + "]"));
            }
        }
        if (!hasDirectPayment) {
            for (int i = 0; i < plan.supportItems().size(); i++) {
                if (plan.supportItems().get(i).route() == PaymentRoute.DIRECT_PAYMENT) {
                    findings.add(new Finding(DIRECT_PAYMENT_INCOMPLETE, DIRECT_PAYMENT,
                            "\"" + plan.supportItems().get(i).description() + "\" is paid by direct payment, but the plan "
                                    + "has no direct payment with its needs, amount and frequency", CostBreakdown.itemPath(i)));
                }
            }
        }
    }

    private static void advocacy(PlanContent plan, List<Finding> findings) {
        if (plan.authorship() != null && plan.authorship().advocateRequired() && !plan.authorship().advocateRecorded()) {
            findings.add(new Finding(ADVOCATE_MISSING, ADVOCACY,
                    "the person has substantial difficulty taking part and nobody appropriate can help: an independent "
                            + "advocate must be arranged and recorded", "$.authorship"));
        }
    }

    private static void sufficiency(Sufficiency sufficiency, CostBreakdown breakdown, PlanContent plan, List<Finding> findings) {
        if (sufficiency instanceof Sufficiency.NoBudget) {
            findings.add(new Finding(NO_BUDGET, SUFFICIENCY, "the plan has no personal budget, so it cannot be costed against one",
                    "$.budget"));
            // Top-ups are judged apart from the budget, so a missing budget does not hide their shortfall.
            Money topUps = Money.ZERO;
            for (TopUp topUp : plan.topUps()) {
                topUps = topUps.plus(topUp.annualAmount());
            }
            Money topUpCost = breakdown.topUpFunded().firstYear();
            if (topUpCost.isGreaterThan(topUps)) {
                findings.add(topUpsShort(topUpCost, topUpCost.minus(topUps), topUps));
            }
        } else if (sufficiency instanceof Sufficiency.Shortfall shortfall) {
            if (!shortfall.budgetShortfall().isZero()) {
                findings.add(new Finding(COST_ABOVE_BUDGET, SUFFICIENCY, "the support the budget pays for costs "
                        + shortfall.budgetCost() + " a year, " + shortfall.budgetShortfall() + " more than the personal budget of "
                        + shortfall.budgetInForce() + "; top-ups cannot cover a shortfall in the budget", "$.budget"));
            }
            if (!shortfall.topUpShortfall().isZero()) {
                findings.add(topUpsShort(shortfall.topUpCost(), shortfall.topUpShortfall(), shortfall.topUps()));
            }
        }
    }

    private static Finding topUpsShort(Money cost, Money shortfall, Money topUps) {
        return new Finding(COST_ABOVE_TOP_UPS, SUFFICIENCY, "the support paid by top-ups costs " + cost + " a year, "
                + shortfall + " more than the top-ups of " + topUps, "$.topUps");
    }
}
