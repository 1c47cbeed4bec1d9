package org.supportplan.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.supportplan.adapter.persistence.profile.ProfileFiles;
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
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.signoff.SignOffCheck;
import org.supportplan.domain.signoff.SignOffReport;

/**
 * The plans every figure uses: a Derbyshire plan of 20 support items that can be agreed (every question
 * answered, every need met, every item linked, within budget), so the sign-off check runs every rule and finds
 * nothing. {@code variant} changes the quantities and prices a little, so 25,000 plans are not one plan repeated.
 */
public final class BenchPlans {

    /** The council every plan belongs to. */
    public static final CouncilId COUNCIL = CouncilId.of("derbyshire");
    /** The person of the plan served over HTTP; the Derbyshire care manager's dev token is linked through the council. */
    public static final PersonId PERSON = PersonId.of("D-100234");
    /** How many support items a plan has. */
    public static final int ITEMS = 20;
    /** A fixed creation instant. */
    public static final Instant CREATED_AT = Instant.parse("2026-12-01T09:00:00Z");

    private static final NeedId HYGIENE = NeedId.of("n1");
    private static final NeedId COMMUNITY = NeedId.of("n2");
    private static final NeedId NUTRITION = NeedId.of("n3");
    private static final NeedId HOME = NeedId.of("n4");
    private static final OutcomeId STAY_AT_HOME = OutcomeId.of("o1");
    private static final OutcomeId SEE_FRIENDS = OutcomeId.of("o2");

    /** One kind of item: description, provider, route, unit, category, base quantity and price, need met. */
    private record Template(String description, String provider, PaymentRoute route, SupportUnit unit, String category,
                            String quantity, String unitCost, NeedId need, OutcomeId outcome) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("Personal assistant for the morning routine", "Personal assistant I employ", PaymentRoute.DIRECT_PAYMENT,
                    SupportUnit.HOURS_PER_WEEK, "personal-assistant", "10.5", "18.40", HYGIENE, STAY_AT_HOME),
            new Template("Day centre sessions", "Riverside Day Centre", PaymentRoute.COUNCIL_MANAGED,
                    SupportUnit.SESSIONS_PER_WEEK, "day-service", "2", "42.00", COMMUNITY, SEE_FRIENDS),
            new Template("Evening call from a home care agency", "Peak Home Care", PaymentRoute.COUNCIL_MANAGED,
                    SupportUnit.HOURS_PER_WEEK, "home-care", "3.5", "21.35", NUTRITION, STAY_AT_HOME),
            new Template("Swimming with a support worker", "Leisure Support Ltd", PaymentRoute.DIRECT_PAYMENT,
                    SupportUnit.SESSIONS_PER_MONTH, "community-access", "4", "27.50", COMMUNITY, SEE_FRIENDS),
            new Template("Overnight respite at a care home", "Oakfield House", PaymentRoute.COUNCIL_MANAGED,
                    SupportUnit.NIGHTS_PER_WEEK, "respite", "0.25", "118.00", HYGIENE, STAY_AT_HOME),
            new Template("Community transport to the day centre", "Dales Community Transport", PaymentRoute.DIRECT_PAYMENT,
                    SupportUnit.PER_WEEK, "transport", "1", "12.60", COMMUNITY, SEE_FRIENDS),
            new Template("Pendant alarm and monitoring", "Careline Derbyshire", PaymentRoute.COUNCIL_MANAGED,
                    SupportUnit.PER_FOUR_WEEKS, "assistive-technology", "1", "19.80", HOME, STAY_AT_HOME),
            new Template("Gardening club membership", "Allotment Society", PaymentRoute.DIRECT_PAYMENT,
                    SupportUnit.ITEMS_PER_YEAR, "community-access", "1", "35.00", COMMUNITY, SEE_FRIENDS),
            new Template("Shower seat and grab rails", "Mobility World", PaymentRoute.DIRECT_PAYMENT,
                    SupportUnit.ONE_OFF, "equipment", "1", "145.00", HOME, STAY_AT_HOME),
            new Template("Support to cook a weekly batch of meals", "Personal assistant I employ", PaymentRoute.DIRECT_PAYMENT,
                    SupportUnit.DAYS_PER_WEEK, "personal-assistant", "0.5", "31.20", NUTRITION, STAY_AT_HOME));

    private BenchPlans() {
    }

    /** The Derbyshire profile, as shipped. */
    public static CouncilProfile derbyshire() {
        return ProfileFiles.shipped().find(COUNCIL).orElseThrow();
    }

    /** The 20 items of plan {@code variant}. */
    public static List<SupportItem> items(int variant) {
        List<SupportItem> items = new ArrayList<>(ITEMS);
        for (int i = 0; i < ITEMS; i++) {
            Template t = TEMPLATES.get(i % TEMPLATES.size());
            // Price moves by up to 99p and quantity by up to 0.9 between variants: different numbers, the same shape.
            long pence = Money.parse(t.unitCost()).pence() + (variant * 7L + i) % 100;
            long thousandths = Quantity.parse(t.quantity()).thousandths() + ((variant + i) % 10) * 100L;
            items.add(new SupportItem(ItemId.of("i" + (i + 1)), t.description() + (i < TEMPLATES.size() ? "" : " (second)"),
                    t.provider(), t.route(), new Quantity(thousandths), t.unit(), Money.ofPence(pence),
                    SpendCategory.of(t.category()), Set.of(t.need()), Set.of(t.outcome()),
                    t.category().equals("personal-assistant") ? new PaidPerson(Relationship.NOT_RELATED, false, null) : null));
        }
        return List.copyOf(items);
    }

    /** Plan content {@code variant}: complete, and within a budget sized to its cost. */
    public static PlanContent content(int variant) {
        List<SupportItem> items = items(variant);
        return PlanContent.builder()
                .whatIsImportant(Narrative.of("Seeing my grandchildren every week, keeping my allotment going, and staying in my own home."))
                .need(new Need(HYGIENE, Narrative.of("Needs help to wash and dress in the morning"),
                        EligibilityOutcome.PERSONAL_HYGIENE, Eligibility.ELIGIBLE))
                .need(new Need(COMMUNITY, Narrative.of("Cannot get to social activities alone since the stroke"),
                        EligibilityOutcome.COMMUNITY_FACILITIES, Eligibility.ELIGIBLE))
                .need(new Need(NUTRITION, Narrative.of("Needs help preparing a hot meal"),
                        EligibilityOutcome.MANAGING_NUTRITION, Eligibility.ELIGIBLE))
                .need(new Need(HOME, Narrative.of("Falls at home when nobody is there"),
                        EligibilityOutcome.USING_HOME_SAFELY, Eligibility.ELIGIBLE))
                .outcome(new Outcome(STAY_AT_HOME, Narrative.of("Stay living in my own home"), OutcomeKind.KEEP,
                        Set.of(HYGIENE, NUTRITION, HOME)))
                .outcome(new Outcome(SEE_FRIENDS, Narrative.of("See my friends at the day centre twice a week"), OutcomeKind.ACHIEVE,
                        Set.of(COMMUNITY)))
                .supportItems(items)
                .unpaidSupport(new UnpaidSupport(SupportSource.FAMILY, "my daughter",
                        Narrative.of("Cooks a hot meal with me every evening"), Set.of(NUTRITION)))
                .risk(new Risk(Narrative.of("Falls in the bathroom"), Narrative.of("Grab rails fitted; my PA is there when I shower")))
                .contingencyPlan(Narrative.of("If my PA is ill, the agency on the council's framework covers the morning call."))
                .decisionsAndControl(Narrative.of("I decide with my daughter. I choose and employ my own PA."))
                .authorship(new Authorship(AuthorRole.PERSON, false, true, null))
                .budgetManager(BudgetManager.MIXED)
                .budget(PersonalBudget.indicative(Money.parse("60000.00"), Money.parse("2340.00")))
                .deployment(new Deployment(DeploymentOption.DIRECT_PAYMENT, Money.parse("1900.00"), PaymentFrequency.FOUR_WEEKLY,
                        Set.of(HYGIENE, COMMUNITY, NUTRITION, HOME)))
                .deployment(new Deployment(DeploymentOption.COUNCIL_MANAGED, Money.parse("400.00"), PaymentFrequency.WEEKLY,
                        Set.of(COMMUNITY, HYGIENE, NUTRITION, HOME)))
                .actionStep(new ActionStep(Narrative.of("Advertise for a personal assistant"), "my daughter", LocalDate.of(2026, 12, 15)))
                .build();
    }

    /** A new draft plan (version 1) with content 0 and a random id. */
    public static SupportPlan draft() {
        return SupportPlan.draft(PlanId.random(), PERSON, COUNCIL, content(0), CREATED_AT);
    }

    /** A new draft plan for {@code person}, content {@code variant}, with a random id. */
    public static SupportPlan draft(PersonId person, int variant) {
        return SupportPlan.draft(PlanId.random(), person, COUNCIL, content(variant), CREATED_AT);
    }

    /** Fails unless the plan can be agreed: the figures measure a check that runs every rule and passes. */
    public static SignOffReport requireAgreeable(CouncilProfile profile, PlanContent content) {
        SignOffReport report = new SignOffCheck(profile).check(content);
        if (!report.findings().isEmpty()) {
            throw new IllegalStateException("the benchmark plan should be agreeable but the check found " + report.findings());
        }
        return report;
    }
}
