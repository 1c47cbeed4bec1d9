package org.supportplan.domain.testdata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.plan.ActionStep;
import org.supportplan.domain.plan.AuthorRole;
import org.supportplan.domain.plan.Authorship;
import org.supportplan.domain.plan.BudgetManager;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.Deployment;
import org.supportplan.domain.plan.DeploymentOption;
import org.supportplan.domain.plan.Eligibility;
import org.supportplan.domain.plan.EligibilityOutcome;
import org.supportplan.domain.plan.ItemId;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.Need;
import org.supportplan.domain.plan.NeedId;
import org.supportplan.domain.plan.Outcome;
import org.supportplan.domain.plan.OutcomeId;
import org.supportplan.domain.plan.OutcomeKind;
import org.supportplan.domain.plan.PaidPerson;
import org.supportplan.domain.plan.PaymentFrequency;
import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PersonalBudget;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.Relationship;
import org.supportplan.domain.plan.Risk;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.plan.SupportSource;
import org.supportplan.domain.plan.SupportUnit;
import org.supportplan.domain.plan.UnpaidSupport;

/**
 * Ready-made plans and items for tests in every module. The people in them are fictional; the plan
 * answers every question both seed councils ask, so it can be agreed under either profile.
 */
public final class PlanFixtures {

    /** A fixed instant so stored and reloaded plans compare equal. */
    public static final Instant CREATED_AT = Instant.parse("2026-03-02T09:30:00Z");
    /** The fixture plan's id. */
    public static final PlanId PLAN_ID = new PlanId(UUID.fromString("7b0e1f52-3c1a-4d8e-9f00-1a2b3c4d5e6f"));

    /** Need n1: personal hygiene, eligible. */
    public static final NeedId HYGIENE = NeedId.of("n1");
    /** Need n2: community facilities, eligible. */
    public static final NeedId COMMUNITY = NeedId.of("n2");
    /** Need n3: nutrition, eligible, met by unpaid support. */
    public static final NeedId NUTRITION = NeedId.of("n3");
    /** Outcome o1. */
    public static final OutcomeId STAY_AT_HOME = OutcomeId.of("o1");
    /** Outcome o2. */
    public static final OutcomeId SEE_FRIENDS = OutcomeId.of("o2");

    private PlanFixtures() {
    }

    /** A personal assistant for 10.5 hours a week at 18.40 an hour, by direct payment, meeting n1. */
    public static SupportItem personalAssistant() {
        return new SupportItem(ItemId.of("i1"), "Personal assistant for morning routine",
                "Personal assistant employed by the person", PaymentRoute.DIRECT_PAYMENT, Quantity.parse("10.5"),
                SupportUnit.HOURS_PER_WEEK, Money.parse("18.40"), SpendCategory.of("personal-assistant"),
                Set.of(HYGIENE), Set.of(STAY_AT_HOME), new PaidPerson(Relationship.NOT_RELATED, false, null));
    }

    /** A day centre, two sessions a week at 42.00 a session, council-managed, meeting n2. */
    public static SupportItem dayCentre() {
        return new SupportItem(ItemId.of("i2"), "Day centre sessions", "Riverside Day Centre",
                PaymentRoute.COUNCIL_MANAGED, Quantity.of(2), SupportUnit.SESSIONS_PER_WEEK, Money.parse("42.00"),
                SpendCategory.of("day-service"), Set.of(COMMUNITY), Set.of(SEE_FRIENDS), null);
    }

    /** An item like {@code base} but with another id, category and route (for rule tests). */
    public static SupportItem item(String id, String description, String category, PaymentRoute route, String weeklyCost) {
        return new SupportItem(ItemId.of(id), description, "A provider", route, Quantity.of(1), SupportUnit.PER_WEEK,
                Money.parse(weeklyCost), SpendCategory.of(category), Set.of(HYGIENE), Set.of(), null);
    }

    /**
     * Complete content: answers every Derbyshire question and Bury heading, every eligible need met,
     * every risk managed, within budget (support costs 14,454.04 a year at 52.143 weeks; budget 16,000).
     */
    public static PlanContent completeContent() {
        return PlanContent.builder()
                .whatIsImportant(Narrative.of("Seeing my grandchildren every week and keeping my allotment."))
                .need(new Need(HYGIENE, Narrative.of("Needs help to wash and dress in the morning"),
                        EligibilityOutcome.PERSONAL_HYGIENE, Eligibility.ELIGIBLE))
                .need(new Need(COMMUNITY, Narrative.of("Cannot get to social activities alone"),
                        EligibilityOutcome.COMMUNITY_FACILITIES, Eligibility.ELIGIBLE))
                .need(new Need(NUTRITION, Narrative.of("Needs help preparing a hot meal"),
                        EligibilityOutcome.MANAGING_NUTRITION, Eligibility.ELIGIBLE))
                .outcome(new Outcome(STAY_AT_HOME, Narrative.of("Stay living in my own home"), OutcomeKind.KEEP, Set.of(HYGIENE)))
                .outcome(new Outcome(SEE_FRIENDS, Narrative.of("See my friends twice a week"), OutcomeKind.ACHIEVE, Set.of(COMMUNITY)))
                .supportItem(personalAssistant())
                .supportItem(dayCentre())
                .unpaidSupport(new UnpaidSupport(SupportSource.FAMILY, "my daughter",
                        Narrative.of("Cooks a hot meal with me every evening"), Set.of(NUTRITION)))
                .risk(new Risk(Narrative.of("Falls in the bathroom"), Narrative.of("Grab rails fitted; PA present when showering")))
                .contingencyPlan(Narrative.of("If my PA is ill, the agency on the council's framework covers the morning call."))
                .decisionsAndControl(Narrative.of("I decide with my daughter; I choose and employ my own PA."))
                .authorship(new Authorship(AuthorRole.PERSON, false, true, null))
                .budgetManager(BudgetManager.MIXED)
                .budget(PersonalBudget.indicative(Money.parse("16000.00"), Money.parse("2340.00")))
                .deployment(new Deployment(DeploymentOption.DIRECT_PAYMENT, Money.parse("772.80"), PaymentFrequency.FOUR_WEEKLY,
                        Set.of(HYGIENE)))
                .deployment(new Deployment(DeploymentOption.COUNCIL_MANAGED, Money.parse("84.00"), PaymentFrequency.WEEKLY,
                        Set.of(COMMUNITY)))
                .actionStep(new ActionStep(Narrative.of("Advertise for a personal assistant"), "my daughter",
                        LocalDate.of(2026, 4, 1)))
                .build();
    }

    /** A draft Derbyshire plan with the complete content. */
    public static SupportPlan aDraftPlan() {
        return aDraftPlan(PLAN_ID);
    }

    /** A draft Derbyshire plan with the complete content and the given id. */
    public static SupportPlan aDraftPlan(PlanId id) {
        return SupportPlan.draft(id, PersonId.of("P-100234"), CouncilId.of("derbyshire"), completeContent(), CREATED_AT);
    }
}
