package org.supportplan.domain.testdata;

import java.util.List;
import java.util.Set;

import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.money.RoundingRule;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.profile.PlanQuestion;
import org.supportplan.domain.profile.PlanSection;
import org.supportplan.domain.profile.ProfileDefinition.RuleChoice;
import org.supportplan.domain.profile.ProfileDefinition.Value;
import org.supportplan.domain.profile.ProfileDefinition;
import org.supportplan.domain.profile.ProfileResolver;
import org.supportplan.domain.profile.ReviewAnchor;
import org.supportplan.domain.profile.ReviewInterval;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.spend.BuiltInSpendRules;
import org.supportplan.domain.spend.FamilyPaymentRule;
import org.supportplan.domain.spend.MeetsNeedOrOutcomeRule;
import org.supportplan.domain.spend.SpendRuleCatalog;

/**
 * Council profiles built in code for domain tests, shaped like the shipped data files (which the
 * adapters load and test separately): a national default, a Derbyshire-like and a Bury-like profile.
 * Questions carry the councils' own wording from the seed pages; every source is cited as
 * {@code "test council page"} (or {@code "test default"}) so tests can tell fixture data from shipped data.
 * The Bury-like profile leaves out headings h4 and h5, which are answered by the same section as h2.
 */
public final class ProfileFixtures {

    private static final RuleSource TEST = RuleSource.of(RuleSource.Kind.COUNCIL_PAGE, "test council page");
    private static final RuleSource DEFAULT = RuleSource.of(RuleSource.Kind.SUPPORTPLAN_DEFAULT, "test default");

    private ProfileFixtures() {
    }

    /** The national default: statutory rules only, 52.143 weeks, HALF_UP. */
    public static CouncilProfile englandDefault() {
        return new ProfileResolver(SpendRuleCatalog.builtIn()).resolveNationalDefault(new ProfileDefinition(
                "england-default", "England (statutory defaults)",
                List.of(question("n1", "What needs were identified, and which of them meet the eligibility criteria?",
                                PlanSection.NEEDS),
                        question("n3", "Which needs will the council meet, and how?", PlanSection.SUPPORT),
                        question("n4", "What are the risks, and how will each be managed?", PlanSection.RISKS),
                        question("n5", "What happens if the planned support fails (contingency)?", PlanSection.CONTINGENCY),
                        question("n6", "What is the personal budget, and how is it taken?", PlanSection.BUDGET)),
                List.of(new RuleChoice(BuiltInSpendRules.ILLEGAL, DEFAULT), new RuleChoice(BuiltInSpendRules.NHS_PROVIDED, DEFAULT),
                        new RuleChoice(MeetsNeedOrOutcomeRule.ID, DEFAULT), new RuleChoice(FamilyPaymentRule.ID, FamilyPaymentRule.REGULATION)),
                List.of(),
                new Value<>(Quantity.parse("52.143"), DEFAULT), new Value<>(RoundingRule.HALF_UP, DEFAULT),
                new Value<>(new ReviewInterval(8, ReviewInterval.Unit.WEEKS, ReviewAnchor.SIGN_OFF), DEFAULT),
                new Value<>(new ReviewInterval(12, ReviewInterval.Unit.MONTHS, ReviewAnchor.PREVIOUS_REVIEW), DEFAULT),
                new Value<>(new ReviewInterval(6, ReviewInterval.Unit.MONTHS, ReviewAnchor.FIRST_PAYMENT), DEFAULT),
                new Value<>(new ReviewInterval(12, ReviewInterval.Unit.MONTHS, ReviewAnchor.PREVIOUS_REVIEW), DEFAULT),
                new Value<>(Quantity.of(8), DEFAULT)));
    }

    /** Derbyshire-like: seven questions; illegal, gambling, meets-nothing, NHS, family rules; no everyday-living rule. */
    public static CouncilProfile derbyshire() {
        return new ProfileResolver(SpendRuleCatalog.builtIn()).resolve(new ProfileDefinition("derbyshire",
                "Derbyshire County Council",
                List.of(question("q1", "What is important to you?", PlanSection.WHAT_IS_IMPORTANT),
                        question("q2", "What do you want to change or keep, what do you want to achieve?", PlanSection.OUTCOMES),
                        question("q3", "How will you be supported to achieve your outcomes, including how any risks will be managed?",
                                PlanSection.SUPPORT, PlanSection.RISKS),
                        question("q4", "How will you make decisions and stay in control of your life?",
                                PlanSection.DECISIONS_AND_CONTROL),
                        question("q5", "How will your support be managed, including contingency plans?",
                                PlanSection.BUDGET_MANAGER, PlanSection.CONTINGENCY),
                        question("q6", "How will you take your personal budget and what will the support cost?", PlanSection.BUDGET),
                        question("q7", "How are you going to put your support plan (your action plan) in place?",
                                PlanSection.ACTION_PLAN)),
                choices(BuiltInSpendRules.ILLEGAL, BuiltInSpendRules.GAMBLING, MeetsNeedOrOutcomeRule.ID,
                        BuiltInSpendRules.NHS_PROVIDED, FamilyPaymentRule.ID),
                List.of(), null, null, null,
                new Value<>(new ReviewInterval(12, ReviewInterval.Unit.MONTHS, ReviewAnchor.PREVIOUS_REVIEW), TEST),
                null, null, null), englandDefault());
    }

    /** Bury-like: seven headings; all five page rules and the family rule; 12-week initial review. */
    public static CouncilProfile bury() {
        return new ProfileResolver(SpendRuleCatalog.builtIn()).resolve(new ProfileDefinition("bury", "Bury Council",
                List.of(question("h1", "What your needs and outcomes are.", PlanSection.NEEDS, PlanSection.OUTCOMES),
                        question("h2", "How the support will meet your needs and outcomes.", PlanSection.SUPPORT),
                        question("h3", "What support you receive from family, friends, community networks and other services.",
                                PlanSection.CIRCLE_OF_SUPPORT),
                        question("h6", "Who will manage your personal budget.", PlanSection.BUDGET_MANAGER),
                        question("h7", "A breakdown of the costs of your support.", PlanSection.BUDGET)),
                choices(BuiltInSpendRules.EVERYDAY_LIVING, BuiltInSpendRules.NHS_PROVIDED, MeetsNeedOrOutcomeRule.ID,
                        BuiltInSpendRules.ILLEGAL, BuiltInSpendRules.GAMBLING, FamilyPaymentRule.ID),
                List.of(), null, null,
                new Value<>(new ReviewInterval(12, ReviewInterval.Unit.WEEKS, ReviewAnchor.SUPPORT_START), TEST),
                new Value<>(new ReviewInterval(12, ReviewInterval.Unit.MONTHS, ReviewAnchor.PREVIOUS_REVIEW), TEST),
                null, null, null), englandDefault());
    }

    private static PlanQuestion question(String id, String text, PlanSection... sections) {
        return new PlanQuestion(id, text, Set.of(sections), TEST);
    }

    private static List<RuleChoice> choices(RuleId... ids) {
        return java.util.Arrays.stream(ids).map(id -> new RuleChoice(id, TEST)).toList();
    }
}
