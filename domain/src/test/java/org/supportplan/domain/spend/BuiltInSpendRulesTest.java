package org.supportplan.domain.spend;

import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.supportplan.domain.plan.NeedId;
import org.supportplan.domain.plan.OutcomeId;
import org.supportplan.domain.plan.PaidPerson;
import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.plan.SpendCategory;

/**
 * Each built-in spend rule, on its own: what it refuses, what it allows, and that every refusal
 * carries the rule's id, a reason, the source the profile cites and the subject's path.
 */
class BuiltInSpendRulesTest {

    static final RuleSource CITED = RuleSource.of(RuleSource.Kind.COUNCIL_PAGE, "Somewhere Council, Support plans page");
    private static final SpendRuleCatalog CATALOG = SpendRuleCatalog.builtIn();

    static SpendRule rule(RuleId id) {
        return CATALOG.resolve(id, Optional.of(CITED));
    }

    static SpendSubject subject(String category, String description, PaymentRoute route) {
        return new SpendSubject("$.supportItems[3]", SpendCategory.of(category), description, route, null,
                Set.of(NeedId.of("n1")), Set.of());
    }

    static void assertRefused(Verdict verdict, RuleId rule, String reasonFragment) {
        assertThat(verdict).isInstanceOfSatisfying(Verdict.Refused.class, refused -> {
            assertThat(refused.rule()).isEqualTo(rule);
            assertThat(refused.reason()).contains(reasonFragment);
            assertThat(refused.source()).isEqualTo(CITED);
            assertThat(refused.path()).isEqualTo("$.supportItems[3]");
        });
    }

    @Test
    void everyBuiltInRuleIsKnownByIdAndCitesWhatTheProfileGivesIt() {
        assertThat(CATALOG.ids()).extracting(RuleId::value).containsExactly("spend.everyday-living-costs", "spend.family-payment",
                "spend.gambling", "spend.illegal", "spend.meets-no-need-or-outcome", "spend.nhs-provided");
        for (RuleId id : CATALOG.ids()) {
            SpendRule rule = rule(id);
            assertThat(rule.id()).isEqualTo(id);
            assertThat(rule.source()).isEqualTo(CITED);
            assertThat(rule.summary()).isNotBlank();
        }
    }

    @Test
    void illegalPurchasesAreRefused() {
        assertRefused(rule(BuiltInSpendRules.ILLEGAL).assess(subject("illegal", "Anything", PaymentRoute.DIRECT_PAYMENT)),
                BuiltInSpendRules.ILLEGAL, "against the law");
        assertThat(rule(BuiltInSpendRules.ILLEGAL).assess(subject("day-service", "Illegal parking fines course",
                PaymentRoute.DIRECT_PAYMENT))).isEqualTo(Verdict.ALLOWED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gambling", "betting", "lottery"})
    void gamblingCategoriesAreRefused(String category) {
        assertRefused(rule(BuiltInSpendRules.GAMBLING).assess(subject(category, "Saturday outing", PaymentRoute.COUNCIL_MANAGED)),
                BuiltInSpendRules.GAMBLING, "gambling");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Trip to the casino", "Trip to the casinos", "BINGO night at the club", "bingo-hall membership",
            "Poker club", "Weekly lottery ticket", "Charity lotteries", "The bookmaker's on the corner", "Online betting account",
            "Gambling", "gambling: horses"})
    void gamblingWordsInADescriptionAreRefusedWhateverTheCategory(String description) {
        assertRefused(rule(BuiltInSpendRules.GAMBLING).assess(subject("leisure", description, PaymentRoute.DIRECT_PAYMENT)),
                BuiltInSpendRules.GAMBLING, "gambling");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gamblingham Road day centre", "Pokerwork art class", "Abetting no one: assertiveness course",
            "Casinoville coach trip", "Bingos", "Lottery2 Lane day centre"})
    void gamblingWordsOnlyMatchAsWholeWords(String description) {
        // Word boundaries are letters and digits: a gambling word inside a longer word or name is not gambling.
        assertThat(rule(BuiltInSpendRules.GAMBLING).assess(subject("leisure", description, PaymentRoute.DIRECT_PAYMENT)))
                .isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void aWholeGamblingWordInAPlaceNameStillMatches() {
        // Matching is by word, not by meaning: a description naming "Lottery Lane" is refused, so it should say what is bought.
        assertRefused(rule(BuiltInSpendRules.GAMBLING).assess(subject("day-service", "Day centre on Lottery Lane",
                PaymentRoute.COUNCIL_MANAGED)), BuiltInSpendRules.GAMBLING, "gambling");
    }

    @ParameterizedTest
    @ValueSource(strings = {"food", "groceries", "rent", "mortgage", "utilities", "household-bills"})
    void everydayLivingCostsAreRefused(String category) {
        assertRefused(rule(BuiltInSpendRules.EVERYDAY_LIVING).assess(subject(category, "Weekly shop", PaymentRoute.DIRECT_PAYMENT)),
                BuiltInSpendRules.EVERYDAY_LIVING, "everyday expenses");
    }

    @Test
    void everydayLivingCostsAreJudgedByCategoryNotByWords() {
        assertThat(rule(BuiltInSpendRules.EVERYDAY_LIVING).assess(subject("training", "Food hygiene course to cook safely",
                PaymentRoute.DIRECT_PAYMENT))).isEqualTo(Verdict.ALLOWED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nhs-provided", "nhs-equipment", "prescriptions"})
    void whatTheNhsProvidesIsRefused(String category) {
        assertRefused(rule(BuiltInSpendRules.NHS_PROVIDED).assess(subject(category, "Hoist", PaymentRoute.COUNCIL_MANAGED)),
                BuiltInSpendRules.NHS_PROVIDED, "NHS");
        assertThat(rule(BuiltInSpendRules.NHS_PROVIDED).assess(subject("equipment", "Hoist", PaymentRoute.COUNCIL_MANAGED)))
                .isEqualTo(Verdict.ALLOWED);
    }

    @ParameterizedTest
    @EnumSource(value = PaymentRoute.class, names = {"DIRECT_PAYMENT", "COUNCIL_MANAGED", "INDIVIDUAL_SERVICE_FUND"})
    void budgetSpendMeetingNoNeedAndNoOutcomeIsRefused(PaymentRoute route) {
        SpendSubject nothing = new SpendSubject("$.supportItems[3]", SpendCategory.of("leisure"), "Cinema", route, null, null, null);
        assertRefused(rule(MeetsNeedOrOutcomeRule.ID).assess(nothing), MeetsNeedOrOutcomeRule.ID, "none of the person's needs or outcomes");
    }

    @Test
    void spendMeetingANeedOrJustAnOutcomeIsAllowedAndTopUpsAreNotJudged() {
        SpendRule rule = rule(MeetsNeedOrOutcomeRule.ID);
        assertThat(rule.assess(new SpendSubject("$", SpendCategory.of("leisure"), "Cinema", PaymentRoute.DIRECT_PAYMENT, null,
                Set.of(NeedId.of("n1")), Set.of()))).isEqualTo(Verdict.ALLOWED);
        assertThat(rule.assess(new SpendSubject("$", SpendCategory.of("leisure"), "Cinema", PaymentRoute.DIRECT_PAYMENT, null,
                Set.of(), Set.of(OutcomeId.of("o1"))))).isEqualTo(Verdict.ALLOWED);
        // A top-up is the person's own money.
        assertThat(rule.assess(new SpendSubject("$", SpendCategory.of("leisure"), "Cinema", PaymentRoute.TOP_UP, null,
                Set.of(), Set.of()))).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void aPolicyAppliesEveryRuleInOrderAndReturnsEveryRefusal() {
        SpendPolicy policy = new SpendPolicy(java.util.List.of(rule(BuiltInSpendRules.ILLEGAL), rule(BuiltInSpendRules.GAMBLING),
                rule(MeetsNeedOrOutcomeRule.ID), rule(FamilyPaymentRule.ID)));
        SpendSubject bet = new SpendSubject("$.supportItems[0]", SpendCategory.of("betting"), "Bet", PaymentRoute.DIRECT_PAYMENT,
                new PaidPerson(org.supportplan.domain.plan.Relationship.SPOUSE_OR_PARTNER, true, null), Set.of(), Set.of());

        assertThat(policy.assess(bet)).extracting(Verdict.Refused::rule)
                .containsExactly(BuiltInSpendRules.GAMBLING, MeetsNeedOrOutcomeRule.ID, FamilyPaymentRule.ID);
        assertThat(policy.assess(subject("day-service", "Day centre", PaymentRoute.COUNCIL_MANAGED))).isEmpty();
        assertThat(policy.rules()).hasSize(4);
    }

    @Test
    void aRefusalKeepsItsReasonTrimmedAndNamesWhatIsMissing() {
        assertThat(new Verdict.Refused(BuiltInSpendRules.GAMBLING, "  no bets \n", CITED, "$.supportItems[0]").reason())
                .isEqualTo("no bets");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Verdict.Refused(BuiltInSpendRules.GAMBLING, "no", CITED, null))
                .isInstanceOfSatisfying(org.supportplan.domain.validation.InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("path"));
    }

    @Test
    void aSubjectWithoutADescriptionIsJudgedOnItsCategory() {
        SpendSubject blank = new SpendSubject("line 17", SpendCategory.of("casino-free"), null, PaymentRoute.DIRECT_PAYMENT, null,
                null, null);
        assertThat(blank.description()).isEmpty();
        assertThat(blank.payee()).isEmpty();
        assertThat(rule(BuiltInSpendRules.GAMBLING).assess(blank)).isEqualTo(Verdict.ALLOWED);
    }
}
