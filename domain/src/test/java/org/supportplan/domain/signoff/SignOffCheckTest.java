package org.supportplan.domain.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.budget.Sufficiency;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.plan.AuthorRole;
import org.supportplan.domain.plan.Authorship;
import org.supportplan.domain.plan.Deployment;
import org.supportplan.domain.plan.DeploymentOption;
import org.supportplan.domain.plan.Eligibility;
import org.supportplan.domain.plan.ItemId;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.Need;
import org.supportplan.domain.plan.PaymentFrequency;
import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.plan.PersonalBudget;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.Risk;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportUnit;
import org.supportplan.domain.plan.TopUp;
import org.supportplan.domain.plan.TopUpPayer;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.profile.ProfileDefinition;
import org.supportplan.domain.profile.ProfileResolver;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.spend.BuiltInSpendRules;
import org.supportplan.domain.spend.SpendRuleCatalog;
import org.supportplan.domain.testdata.PlanFixtures;
import org.supportplan.domain.testdata.ProfileFixtures;

/** Every sign-off finding, by example, under the Derbyshire-like and Bury-like profiles. */
class SignOffCheckTest {

    static final CouncilProfile DERBYSHIRE = ProfileFixtures.derbyshire();
    static final CouncilProfile BURY = ProfileFixtures.bury();
    static final CouncilProfile ENGLAND = ProfileFixtures.englandDefault();

    static SignOffReport check(CouncilProfile profile, PlanContent content) {
        return new SignOffCheck(profile).check(content);
    }

    /** Each finding as "rule path". */
    static List<String> findings(CouncilProfile profile, PlanContent content) {
        return check(profile, content).findings().stream().map(f -> f.rule() + " " + f.path()).toList();
    }

    static Finding only(CouncilProfile profile, PlanContent content) {
        List<Finding> all = check(profile, content).findings();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    static PlanContent.Builder complete() {
        return PlanFixtures.completeContent().toBuilder();
    }

    /** An item meeting the given need, council-managed by default. */
    static SupportItem item(String id, String description, String category, PaymentRoute route, String weeklyCost) {
        return PlanFixtures.item(id, description, category, route, weeklyCost);
    }

    @Test
    void theCompletePlanCanBeAgreedUnderEveryProfile() {
        for (CouncilProfile profile : List.of(DERBYSHIRE, BURY, ENGLAND)) {
            SignOffReport report = check(profile, PlanFixtures.completeContent());
            assertThat(report.findings()).as(profile.name()).isEmpty();
            assertThat(report.agreeable()).isTrue();
            assertThat(report.checked()).isEqualTo(PlanFixtures.completeContent());
            assertThat(report.profile()).isSameAs(profile);
            assertThat(report.sufficiency()).isInstanceOf(Sufficiency.Sufficient.class);
        }
    }

    @Test
    void anUnansweredQuestionIsNamedInTheCouncilsOwnWords() {
        Finding finding = only(DERBYSHIRE, complete().whatIsImportant(null).build());

        assertThat(finding.rule()).isEqualTo(SignOffCheck.QUESTION_UNANSWERED);
        assertThat(finding.path()).isEqualTo("$.whatIsImportant");
        assertThat(finding.message()).isEqualTo("Derbyshire County Council asks \"What is important to you?\" (q1); "
                + "the plan does not answer it: $.whatIsImportant is empty");
        assertThat(finding.source().citation()).isEqualTo("test council page");
        assertThat(finding.source().kind()).isEqualTo(RuleSource.Kind.COUNCIL_PAGE);
    }

    @Test
    void aQuestionAnsweredByTwoEmptySectionsListsThemInThePlansOrderAndPointsAtTheFirst() {
        PlanContent noSupportNoRisks = complete().supportItems(List.of()).circleOfSupport(List.of()).risks(List.of())
                .deployments(List.of()).build();

        Finding q3 = check(DERBYSHIRE, noSupportNoRisks).findings().stream()
                .filter(f -> f.message().contains("(q3)")).findFirst().orElseThrow();
        assertThat(q3.path()).isEqualTo("$.supportItems");
        assertThat(q3.message()).endsWith("the plan does not answer it: $.supportItems, $.risks are empty")
                .contains("\"How will you be supported to achieve your outcomes, including how any risks will be managed?\"");
    }

    @Test
    void buryAsksItsOwnHeadings() {
        Finding h6 = only(BURY, complete().budgetManager(null).build());
        assertThat(h6.path()).isEqualTo("$.budgetManager");
        assertThat(h6.message()).startsWith("Bury Council asks \"Who will manage your personal budget.\" (h6)");
        Finding q5 = only(DERBYSHIRE, complete().budgetManager(null).build());
        assertThat(q5.message()).contains("\"How will your support be managed, including contingency plans?\" (q5)")
                .endsWith("$.budgetManager is empty");
    }

    @Test
    void outcomesMissingFailBothCouncilsEachInItsOwnWords() {
        List<SupportItem> unlinked = PlanFixtures.completeContent().supportItems().stream().map(i -> new SupportItem(i.id(),
                i.description(), i.provider(), i.route(), i.quantity(), i.unit(), i.unitCost(), i.category(), i.needs(), Set.of(),
                i.paidPerson())).toList();
        PlanContent noOutcomes = complete().outcomes(List.of()).supportItems(unlinked).build();

        assertThat(only(DERBYSHIRE, noOutcomes).message()).contains("(q2)").contains("What do you want to change or keep");
        assertThat(only(BURY, noOutcomes).message()).contains("\"What your needs and outcomes are.\" (h1)")
                .endsWith("$.outcomes is empty");
    }

    @Test
    void unpaidSupportAnswersTheSupportQuestion() {
        PlanContent unpaidOnly = complete().supportItems(List.of()).build();
        assertThat(findings(BURY, unpaidOnly)).doesNotContain("signoff.question-unanswered $.supportItems")
                .doesNotContain("signoff.question-unanswered $.circleOfSupport");
    }

    @Test
    void anEligibleNeedMetByNothingIsAFinding() {
        // Need n3 (nutrition) is met only by the daughter's unpaid cooking.
        PlanContent noUnpaid = complete().circleOfSupport(List.of()).build();

        assertThat(findings(DERBYSHIRE, noUnpaid)).containsExactly("signoff.eligible-need-unmet $.needs[2]");
        Finding unmet = check(DERBYSHIRE, noUnpaid).findings().get(0);
        assertThat(unmet.message()).isEqualTo("the eligible need n3 (managing and maintaining nutrition) is met by no paid or unpaid support");
        assertThat(unmet.source().citation()).contains("s.25(1)(c)");
    }

    @Test
    void unpaidSupportCountsAsMeetingANeedAndANeedThatIsNotEligibleNeedNotBeMet() {
        assertThat(findings(DERBYSHIRE, PlanFixtures.completeContent())).isEmpty();
        List<Need> needs = new ArrayList<>(PlanFixtures.completeContent().needs());
        Need nutrition = needs.get(2);
        needs.set(2, new Need(nutrition.id(), nutrition.description(), nutrition.outcome(), Eligibility.NOT_ELIGIBLE));
        assertThat(findings(DERBYSHIRE, complete().circleOfSupport(List.of()).needs(needs).build())).isEmpty();
    }

    @Test
    void aNeedMetByATopUpItemIsMet() {
        SupportItem meals = new SupportItem(ItemId.of("i3"), "Meals delivered", "Meals service", PaymentRoute.TOP_UP, Quantity.of(7),
                SupportUnit.SESSIONS_PER_WEEK, Money.parse("5.00"), SpendCategory.of("meals-service"), Set.of(PlanFixtures.NUTRITION),
                Set.of(), null);
        PlanContent content = complete().circleOfSupport(List.of()).supportItem(meals)
                .topUp(new TopUp(TopUpPayer.PERSON, Money.parse("2000.00"), "Meals")).build();
        assertThat(findings(DERBYSHIRE, content)).isEmpty();
    }

    @Test
    void anItemMeetingNothingIsReportedOnceCitingTheCouncilsSpendRule() {
        PlanContent cinema = complete().supportItem(new SupportItem(ItemId.of("i3"), "Cinema trips", "Local cinema",
                PaymentRoute.COUNCIL_MANAGED, Quantity.of(1), SupportUnit.PER_WEEK, Money.parse("8.00"), SpendCategory.of("leisure"),
                Set.of(), Set.of(), null)).build();

        for (CouncilProfile profile : List.of(DERBYSHIRE, BURY)) {
            assertThat(findings(profile, cinema)).containsExactly("spend.meets-no-need-or-outcome $.supportItems[2]");
            Finding finding = check(profile, cinema).findings().get(0);
            assertThat(finding.message()).isEqualTo("\"Cinema trips\": it meets none of the person's needs or outcomes, so the "
                    + "budget cannot pay for it");
            assertThat(finding.source().citation()).isEqualTo("test council page");
        }
    }

    @Test
    void anItemMeetingNothingIsStillFoundWhereTheCouncilHasNoSuchSpendRule() {
        CouncilProfile lenient = new ProfileResolver(SpendRuleCatalog.builtIn()).resolve(new ProfileDefinition("lenient", "Lenient",
                List.of(), List.of(new ProfileDefinition.RuleChoice(BuiltInSpendRules.ILLEGAL,
                        RuleSource.of(RuleSource.Kind.COUNCIL_PAGE, "Lenient page"))), null, null, null, null, null, null, null, null),
                ENGLAND);
        PlanContent cinema = complete().supportItem(new SupportItem(ItemId.of("i3"), "Cinema trips", "Local cinema",
                PaymentRoute.DIRECT_PAYMENT, Quantity.of(1), SupportUnit.PER_WEEK, Money.parse("8.00"), SpendCategory.of("leisure"),
                Set.of(), Set.of(), null)).build();

        Finding finding = only(lenient, cinema);
        assertThat(finding.rule()).isEqualTo(SignOffCheck.ITEM_UNLINKED);
        assertThat(finding.path()).isEqualTo("$.supportItems[2]");
        assertThat(finding.message()).isEqualTo("\"Cinema trips\" is paid for but linked to no need and no outcome");
        assertThat(finding.source().kind()).isEqualTo(RuleSource.Kind.ACT);
    }

    @Test
    void aTopUpItemMeetingNothingIsNotJudged() {
        PlanContent nicerRoom = complete().supportItem(new SupportItem(ItemId.of("i3"), "Room with a view", "Respite home",
                PaymentRoute.TOP_UP, Quantity.of(1), SupportUnit.PER_WEEK, Money.parse("10.00"), SpendCategory.of("respite"),
                Set.of(), Set.of(), null)).topUp(new TopUp(TopUpPayer.THIRD_PARTY, Money.parse("600.00"), "View")).build();
        assertThat(findings(DERBYSHIRE, nicerRoom)).isEmpty();
        assertThat(findings(BURY, nicerRoom)).isEmpty();
    }

    @Test
    void aRiskWithoutAMitigationIsAFinding() {
        PlanContent content = complete().risk(new Risk(Narrative.of("Wandering at night"), null)).build();

        Finding finding = only(DERBYSHIRE, content);
        assertThat(finding.rule()).isEqualTo(SignOffCheck.RISK_UNMANAGED);
        assertThat(finding.path()).isEqualTo("$.risks[1]");
        assertThat(finding.message()).isEqualTo("a risk has no agreed way of managing it").doesNotContain("Wandering");
        assertThat(finding.source().kind()).isEqualTo(RuleSource.Kind.STATUTORY_GUIDANCE);
    }

    @Test
    void aPlanWithoutAContingencyPlanIsAFindingAndDerbyshireAsksForOneToo() {
        PlanContent none = complete().contingencyPlans(List.of()).build();

        assertThat(findings(BURY, none)).containsExactly("signoff.no-contingency-plan $.contingencyPlans");
        assertThat(findings(DERBYSHIRE, none)).containsExactly("signoff.no-contingency-plan $.contingencyPlans",
                "signoff.question-unanswered $.contingencyPlans");
        assertThat(check(BURY, none).findings().get(0).message()).contains("what happens if the planned support fails");
    }

    @Test
    void aPlanWithoutABudgetCannotBeCosted() {
        PlanContent none = complete().budget(null).build();

        assertThat(findings(DERBYSHIRE, none)).containsExactly("signoff.no-budget $.budget", "signoff.question-unanswered $.budget");
        assertThat(findings(BURY, none)).containsExactly("signoff.no-budget $.budget", "signoff.question-unanswered $.budget");
        assertThat(check(BURY, none).sufficiency()).isEqualTo(new Sufficiency.NoBudget(Money.parse("14454.04")));
    }

    @Test
    void aPlanWithoutDeploymentsDoesNotSayHowTheBudgetIsTaken() {
        PlanContent none = complete().deployments(List.of()).build();
        assertThat(findings(DERBYSHIRE, none)).containsExactly("signoff.question-unanswered $.budget",
                "signoff.direct-payment-incomplete $.supportItems[0]");
    }

    @Test
    void costAboveTheBudgetStatesTheShortfall() {
        PlanContent tight = complete().budget(PersonalBudget.indicative(Money.parse("14000.00"), Money.parse("2340.00"))).build();

        Finding finding = only(DERBYSHIRE, tight);
        assertThat(finding.rule()).isEqualTo(SignOffCheck.COST_ABOVE_BUDGET);
        assertThat(finding.path()).isEqualTo("$.budget");
        assertThat(finding.message()).isEqualTo("the support the budget pays for costs 14454.04 a year, 454.04 more than the "
                + "personal budget of 14000.00; top-ups cannot cover a shortfall in the budget");
        assertThat(finding.source().citation()).contains("s.26");
    }

    @Test
    void theFinalBudgetIsWhatCountsOnceSet() {
        PlanContent cut = complete().budget(new PersonalBudget(Money.parse("16000.00"), Money.parse("14454.03"), Money.ZERO)).build();
        assertThat(only(BURY, cut).message()).contains("0.01 more than the personal budget of 14454.03");
        PlanContent raised = complete().budget(new PersonalBudget(Money.parse("10000.00"), Money.parse("14454.04"), Money.ZERO)).build();
        assertThat(findings(BURY, raised)).isEmpty();
    }

    @Test
    void aTopUpNeverHidesABudgetShortfall() {
        PlanContent topped = complete().budget(PersonalBudget.indicative(Money.parse("14000.00"), Money.ZERO))
                .topUp(new TopUp(TopUpPayer.THIRD_PARTY, Money.parse("10000.00"), "Family contribution")).build();
        assertThat(findings(DERBYSHIRE, topped)).containsExactly("signoff.cost-above-budget $.budget");
    }

    @Test
    void costAboveTheTopUpsStatesTheShortfall() {
        SupportItem nicerRoom = new SupportItem(ItemId.of("i3"), "Larger room at respite home", "Respite home", PaymentRoute.TOP_UP,
                Quantity.of(1), SupportUnit.PER_WEEK, Money.parse("50.00"), SpendCategory.of("respite"), Set.of(PlanFixtures.COMMUNITY),
                Set.of(), null);
        PlanContent content = complete().supportItem(nicerRoom).topUp(new TopUp(TopUpPayer.PERSON, Money.parse("1000.00"), "Room")).build();

        Finding finding = only(BURY, content);
        assertThat(finding.rule()).isEqualTo(SignOffCheck.COST_ABOVE_TOP_UPS);
        assertThat(finding.path()).isEqualTo("$.topUps");
        // 50.00 x 52.143 = 2607.15.
        assertThat(finding.message()).isEqualTo("the support paid by top-ups costs 2607.15 a year, 1607.15 more than the top-ups of 1000.00");
        PlanContent covered = complete().supportItem(nicerRoom).topUp(new TopUp(TopUpPayer.PERSON, Money.parse("2607.15"), "Room")).build();
        assertThat(findings(BURY, covered)).isEmpty();
    }

    @Test
    void aTopUpShortfallIsFoundEvenBeforeABudgetIsSet() {
        SupportItem nicerRoom = new SupportItem(ItemId.of("i3"), "Larger room", "Respite home", PaymentRoute.TOP_UP, Quantity.of(1),
                SupportUnit.PER_WEEK, Money.parse("50.00"), SpendCategory.of("respite"), Set.of(PlanFixtures.COMMUNITY), Set.of(), null);
        PlanContent content = complete().budget(null).supportItem(nicerRoom).build();

        assertThat(findings(BURY, content)).containsExactly("signoff.no-budget $.budget", "signoff.question-unanswered $.budget",
                "signoff.cost-above-top-ups $.topUps");
        assertThat(check(BURY, content).findings().get(2).message()).contains("2607.15 more than the top-ups of 0.00");
    }

    @Test
    void aDirectPaymentMustStateTheNeedsItMeetsAndTheAmount() {
        Deployment council = PlanFixtures.completeContent().deployments().get(1);
        assertThat(dpFinding(new Deployment(DeploymentOption.DIRECT_PAYMENT, Money.parse("772.80"), PaymentFrequency.FOUR_WEEKLY,
                Set.of()), council)).isEqualTo("the direct payment does not state the needs it meets");
        assertThat(dpFinding(new Deployment(DeploymentOption.DIRECT_PAYMENT, Money.ZERO, PaymentFrequency.FOUR_WEEKLY,
                Set.of(PlanFixtures.HYGIENE)), council)).isEqualTo("the direct payment does not state the amount of each payment");
        assertThat(dpFinding(new Deployment(DeploymentOption.DIRECT_PAYMENT, Money.ZERO, PaymentFrequency.FOUR_WEEKLY, Set.of()),
                council)).isEqualTo("the direct payment does not state the needs it meets or the amount of each payment");
    }

    @Test
    void otherDeploymentsNeedNotStateTheirNeeds() {
        PlanContent content = complete().deployments(List.of(PlanFixtures.completeContent().deployments().get(0),
                new Deployment(DeploymentOption.INDIVIDUAL_SERVICE_FUND, Money.ZERO, PaymentFrequency.MONTHLY, Set.of()))).build();
        assertThat(findings(DERBYSHIRE, content)).isEmpty();
    }

    @Test
    void anItemPaidByDirectPaymentNeedsADirectPaymentInThePlan() {
        PlanContent content = complete().deployments(List.of(PlanFixtures.completeContent().deployments().get(1))).build();

        Finding finding = only(BURY, content);
        assertThat(finding.rule()).isEqualTo(SignOffCheck.DIRECT_PAYMENT_INCOMPLETE);
        assertThat(finding.path()).isEqualTo("$.supportItems[0]");
        assertThat(finding.message()).startsWith("\"Personal assistant for morning routine\" is paid by direct payment");
        assertThat(finding.source().citation()).contains("s.25(2)");
    }

    @Test
    void anAdvocateIsRequiredWhenThePersonHasSubstantialDifficultyAndNobodyAppropriateCanHelp() {
        Finding finding = only(DERBYSHIRE, complete().authorship(new Authorship(AuthorRole.CARE_WORKER, true, false, null)).build());
        assertThat(finding.rule()).isEqualTo(SignOffCheck.ADVOCATE_MISSING);
        assertThat(finding.path()).isEqualTo("$.authorship");
        assertThat(finding.source().citation()).contains("s.67-68");
        assertThat(findings(BURY, complete().authorship(new Authorship(AuthorRole.CARE_WORKER, true, false, "  ")).build()))
                .containsExactly("signoff.advocate-required $.authorship");
    }

    @Test
    void noAdvocateFindingWhenOneIsRecordedOrSomeoneAppropriateHelpsOrThereIsNoDifficulty() {
        for (Authorship fine : List.of(new Authorship(AuthorRole.CARE_WORKER, true, false, "Derbyshire Advocacy, case 2291"),
                new Authorship(AuthorRole.TRUSTED_PERSON, true, true, null), new Authorship(AuthorRole.PERSON, false, false, null))) {
            assertThat(findings(DERBYSHIRE, complete().authorship(fine).build())).as(fine.toString()).isEmpty();
        }
        assertThat(findings(DERBYSHIRE, complete().authorship(null).build())).isEmpty();
    }

    @Test
    void everyFindingIsReturnedAtOnceSortedByPathThenRule() {
        PlanContent troubled = complete()
                .whatIsImportant(null)
                .risk(new Risk(Narrative.of("Falls on the stairs"), null))
                .circleOfSupport(List.of())
                .contingencyPlans(List.of())
                .budget(PersonalBudget.indicative(Money.parse("14000.00"), Money.ZERO))
                .authorship(new Authorship(AuthorRole.CARE_WORKER, true, false, null))
                .supportItem(new SupportItem(ItemId.of("i3"), "Bingo night", "Social club", PaymentRoute.COUNCIL_MANAGED, Quantity.of(1),
                        SupportUnit.PER_WEEK, Money.parse("5.00"), SpendCategory.of("leisure"), Set.of(), Set.of(), null))
                .build();

        SignOffReport report = check(DERBYSHIRE, troubled);

        assertThat(report.findings().stream().map(f -> f.rule() + " " + f.path()).toList()).containsExactly(
                "signoff.advocate-required $.authorship",
                "signoff.cost-above-budget $.budget",
                "signoff.no-contingency-plan $.contingencyPlans",
                "signoff.question-unanswered $.contingencyPlans",
                "signoff.eligible-need-unmet $.needs[2]",
                "signoff.risk-unmanaged $.risks[1]",
                "spend.gambling $.supportItems[2]",
                "spend.meets-no-need-or-outcome $.supportItems[2]",
                "signoff.question-unanswered $.whatIsImportant");
        assertThat(report.findings()).isSorted();
        assertThat(report.agreeable()).isFalse();
        // 5.00 x 52.143 = 260.715, so 14454.04 + 260.72 = 14714.76 against 14000.00.
        assertThat(report.findings().get(1).message()).contains("14714.76", "714.76");
        assertThat(report.findings().get(6).message()).isEqualTo("\"Bingo night\": the budget cannot be spent on gambling");
    }

    @Test
    void findingsForTheTenthItemComeAfterThoseForTheSecond() {
        PlanContent.Builder many = complete();
        for (int i = 3; i <= 12; i++) {
            boolean bad = i == 3 || i == 11;
            many.supportItem(item("i" + i, bad ? "Poker club" : "Lunch club " + i, "day-service", PaymentRoute.COUNCIL_MANAGED, "1.00"));
        }

        List<String> paths = check(BURY, many.build()).findings().stream().map(Finding::path).toList();

        assertThat(paths).containsExactly("$.supportItems[2]", "$.supportItems[10]");
    }

    private static String dpFinding(Deployment directPayment, Deployment other) {
        Finding finding = only(DERBYSHIRE, complete().deployments(List.of(directPayment, other)).build());
        assertThat(finding.rule()).isEqualTo(SignOffCheck.DIRECT_PAYMENT_INCOMPLETE);
        assertThat(finding.path()).isEqualTo("$.deployments[0]");
        return finding.message();
    }
}
