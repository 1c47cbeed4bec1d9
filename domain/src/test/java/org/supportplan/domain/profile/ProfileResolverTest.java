package org.supportplan.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.money.RoundingRule;
import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.profile.ProfileDefinition.LocalRule;
import org.supportplan.domain.profile.ProfileDefinition.RuleChoice;
import org.supportplan.domain.profile.ProfileDefinition.Value;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.spend.BuiltInSpendRules;
import org.supportplan.domain.spend.FamilyPaymentRule;
import org.supportplan.domain.spend.MeetsNeedOrOutcomeRule;
import org.supportplan.domain.spend.SpendRule;
import org.supportplan.domain.spend.SpendRuleCatalog;
import org.supportplan.domain.spend.SpendSubject;
import org.supportplan.domain.spend.TakeawayRuleProvider;
import org.supportplan.domain.spend.Verdict;
import org.supportplan.domain.testdata.ProfileFixtures;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * Resolving a council's profile (ADR 0008): every value the council gives is its own, every value it
 * leaves out is its parent's as the parent has it (down to the national default, marked so); rule ids,
 * citations and duplicates are checked at resolution, each refusal naming its path in the definition.
 */
class ProfileResolverTest {

    private static final RuleSource PAGE = RuleSource.of(RuleSource.Kind.COUNCIL_PAGE, "Testshire, Support plans page");
    private static final RuleSource POLICY = RuleSource.of(RuleSource.Kind.COUNCIL_POLICY, "Testshire direct payment policy");
    private static final ProfileResolver RESOLVER = new ProfileResolver(SpendRuleCatalog.builtIn());

    @Test
    void everyValueOfTheNationalDefaultIsMarkedAsTheNationalDefault() {
        CouncilProfile england = ProfileFixtures.englandDefault();
        assertThat(settings(england)).allMatch(Setting::isDefault);
        assertThat(england.weeksPerYear().value()).isEqualTo(Quantity.parse("52.143"));
        assertThat(england.rounding().value()).isEqualTo(RoundingRule.HALF_UP);
    }

    @Test
    void aCouncilsOwnValuesAreTheCouncilsAndTheRestAreMarkedAsInherited() {
        CouncilProfile england = ProfileFixtures.englandDefault();
        CouncilProfile derbyshire = ProfileFixtures.derbyshire();
        CouncilProfile bury = ProfileFixtures.bury();

        assertThat(derbyshire.reviews().regularReview().provenance()).isEqualTo(Provenance.COUNCIL);
        assertThat(derbyshire.reviews().regularReview().source().citation()).isEqualTo("test council page");
        assertThat(derbyshire.reviews().initialReview().provenance()).isEqualTo(Provenance.NATIONAL_DEFAULT);
        assertThat(derbyshire.reviews().initialReview().value()).isEqualTo(england.reviews().initialReview().value());
        assertThat(derbyshire.reviews().initialReview().source()).isEqualTo(england.reviews().initialReview().source());
        assertThat(List.of(derbyshire.weeksPerYear(), derbyshire.rounding(), derbyshire.unspentBalanceWeeks(),
                derbyshire.reviews().directPaymentFirstReview(), derbyshire.reviews().directPaymentRegularReview()))
                .allMatch(Setting::isDefault);

        assertThat(bury.reviews().initialReview().provenance()).isEqualTo(Provenance.COUNCIL);
        assertThat(bury.reviews().initialReview().value())
                .isEqualTo(new ReviewInterval(12, ReviewInterval.Unit.WEEKS, ReviewAnchor.SUPPORT_START));
        assertThat(bury.weeksPerYear().provenance()).isEqualTo(Provenance.NATIONAL_DEFAULT);
    }

    @Test
    void aCouncilSettingItsOwnYearAndRoundingHasThemMarkedAsItsOwn() {
        CouncilProfile testshire = RESOLVER.resolve(definition(null, null, new Value<>(Quantity.of(52), PAGE),
                new Value<>(RoundingRule.DOWN, PAGE)), ProfileFixtures.englandDefault());

        assertThat(testshire.weeksPerYear()).isEqualTo(new Setting<>(Quantity.of(52), Provenance.COUNCIL, PAGE));
        assertThat(testshire.rounding()).isEqualTo(new Setting<>(RoundingRule.DOWN, Provenance.COUNCIL, PAGE));
        assertThat(testshire.unspentBalanceWeeks().isDefault()).isTrue();
    }

    @Test
    void aCouncilValueWithoutASourceIsRefusedNamingTheField() {
        assertThatThrownBy(() -> RESOLVER.resolve(definition(null, null, new Value<>(Quantity.of(52), null), null),
                ProfileFixtures.englandDefault()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("profile.source-required");
                    assertThat(e.field()).isEqualTo("weeksPerYear.source");
                });
    }

    @Test
    void theNationalDefaultMustGiveEveryValueAndIsRefusedNamingAllThatAreMissing() {
        assertThatThrownBy(() -> RESOLVER.resolveNationalDefault(definition(List.of(), null, null, null)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("profile.national-default-complete");
                    // About the whole definition: every missing value is listed at once, in the definition's order.
                    assertThat(e.field()).isEmpty();
                    assertThat(e.getMessage()).contains("missing: questions, weeksPerYear, rounding, initialReview, regularReview, "
                            + "directPaymentFirstReview, directPaymentRegularReview, unspentBalanceWeeks");
                    assertThat(e.getMessage()).doesNotContain("spendRules");
                });
        ProfileDefinition noRules = new ProfileDefinition("england-default", "England", List.of(), null, List.of(), null, null,
                null, null, null, null, null);
        assertThatThrownBy(() -> RESOLVER.resolveNationalDefault(noRules))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("profile.national-default-complete");
                    assertThat(e.getMessage()).contains("missing: spendRules, weeksPerYear");
                });
        ProfileDefinition onlyReviewsMissing = new ProfileDefinition("england-default", "England", List.of(), List.of(), null,
                new Value<>(Quantity.of(52), PAGE), new Value<>(RoundingRule.UP, PAGE), null, null, null, null,
                new Value<>(Quantity.of(8), PAGE));
        assertThatThrownBy(() -> RESOLVER.resolveNationalDefault(onlyReviewsMissing))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage()).endsWith(
                        "missing: initialReview, regularReview, directPaymentFirstReview, directPaymentRegularReview"));
    }

    @Test
    void questionsAndRulesLeftOutAreTheNationalDefaults() {
        CouncilProfile england = ProfileFixtures.englandDefault();
        CouncilProfile testshire = RESOLVER.resolve(definition(null, null, null, null), england);

        assertThat(testshire.questions()).isEqualTo(england.questions());
        assertThat(testshire.spendRules()).isEqualTo(england.spendRules());
        assertThat(testshire.name()).isEqualTo("Testshire Council");
    }

    @Test
    void aCouncilThatOnlyAddsLocalRulesKeepsTheNationalRules() {
        CouncilProfile england = ProfileFixtures.englandDefault();
        LocalRule takeaways = new LocalRule(RuleId.of("testshire.spend.takeaways"), "takeaways are not paid for",
                Set.of(SpendCategory.of("takeaway")), Set.of("takeaway"), POLICY);
        ProfileDefinition onlyLocal = new ProfileDefinition("testshire", "Testshire Council", null, null, List.of(takeaways),
                null, null, null, null, null, null, null);

        CouncilProfile testshire = RESOLVER.resolve(onlyLocal, england);

        // The statutory family-payment rule must not be lost because the council added a rule of its own.
        assertThat(testshire.spendRules()).extracting(SpendRule::id).containsExactly(BuiltInSpendRules.ILLEGAL,
                BuiltInSpendRules.NHS_PROVIDED, MeetsNeedOrOutcomeRule.ID, FamilyPaymentRule.ID, RuleId.of("testshire.spend.takeaways"));
    }

    @Test
    void aThreeLevelChainKeepsEveryValueAsTheProfileThatSetsItHasIt() {
        CouncilProfile england = ProfileFixtures.englandDefault();
        CouncilProfile bury = ProfileFixtures.bury();
        RuleSource north = RuleSource.of(RuleSource.Kind.COUNCIL_POLICY, "North Bury charging policy");
        ProfileDefinition northBury = new ProfileDefinition("north-bury", "North Bury", null, null, null,
                new Value<>(Quantity.of(52), north), null, null, null, null, null, null);

        CouncilProfile resolved = RESOLVER.resolve(northBury, bury);

        assertThat(resolved.weeksPerYear()).isEqualTo(new Setting<>(Quantity.of(52), Provenance.COUNCIL, north));
        // Bury's own reviews stay Bury's, citing Bury, though north-bury inherits them.
        assertThat(resolved.reviews().initialReview()).isEqualTo(bury.reviews().initialReview());
        assertThat(resolved.reviews().initialReview().provenance()).isEqualTo(Provenance.COUNCIL);
        assertThat(resolved.reviews().regularReview()).isEqualTo(bury.reviews().regularReview());
        assertThat(resolved.reviews().regularReview().provenance()).isEqualTo(Provenance.COUNCIL);
        // What only England gives is still England's national default, with England's source.
        assertThat(resolved.rounding()).isEqualTo(england.rounding());
        assertThat(resolved.rounding().provenance()).isEqualTo(Provenance.NATIONAL_DEFAULT);
        assertThat(resolved.unspentBalanceWeeks()).isEqualTo(england.unspentBalanceWeeks());
        assertThat(resolved.reviews().directPaymentFirstReview()).isEqualTo(england.reviews().directPaymentFirstReview());
        assertThat(resolved.questions()).isEqualTo(bury.questions());
        assertThat(resolved.spendRules()).extracting(rule -> rule.id() + " " + rule.source())
                .containsExactlyElementsOf(bury.spendRules().stream().map(rule -> rule.id() + " " + rule.source()).toList());
    }

    @Test
    void alongAnyChainEachValueComesFromTheNearestProfileThatGivesItWithThatProfilesProvenanceAndSource() {
        // Each level's mask says which of weeks per year, rounding and the initial review it gives (bit 0, 1, 2).
        qt().withExamples(200).forAll(lists().of(integers().between(0, 7)).ofSizeBetween(1, 5))
                .checkAssert(masks -> {
                    CouncilProfile england = ProfileFixtures.englandDefault();
                    List<CouncilProfile> chain = new ArrayList<>(List.of(england));
                    for (int level = 0; level < masks.size(); level++) {
                        int mask = masks.get(level);
                        RuleSource cited = RuleSource.of(RuleSource.Kind.COUNCIL_POLICY, "level " + level + " policy");
                        ProfileDefinition d = new ProfileDefinition("level-" + level, "Level " + level, null, null, null,
                                (mask & 1) != 0 ? new Value<>(new Quantity(52_000 + level), cited) : null,
                                (mask & 2) != 0 ? new Value<>(RoundingRule.values()[level % RoundingRule.values().length], cited) : null,
                                (mask & 4) != 0 ? new Value<>(new ReviewInterval(level + 1, ReviewInterval.Unit.WEEKS,
                                        ReviewAnchor.SIGN_OFF), cited) : null,
                                null, null, null, null);
                        chain.add(RESOLVER.resolve(d, chain.get(chain.size() - 1)));
                    }
                    CouncilProfile leaf = chain.get(chain.size() - 1);
                    assertNearest(masks, 1, leaf.weeksPerYear(), england.weeksPerYear(),
                            level -> new Quantity(52_000 + level));
                    assertNearest(masks, 2, leaf.rounding(), england.rounding(),
                            level -> RoundingRule.values()[level % RoundingRule.values().length]);
                    assertNearest(masks, 4, leaf.reviews().initialReview(), england.reviews().initialReview(),
                            level -> new ReviewInterval(level + 1, ReviewInterval.Unit.WEEKS, ReviewAnchor.SIGN_OFF));
                    // What no level gives is England's setting itself.
                    assertThat(leaf.reviews().regularReview()).isEqualTo(england.reviews().regularReview());
                });
    }

    private static <T> void assertNearest(List<Integer> masks, int bit, Setting<T> actual, Setting<T> national,
                                          java.util.function.IntFunction<T> valueAt) {
        for (int level = masks.size() - 1; level >= 0; level--) {
            if ((masks.get(level) & bit) != 0) {
                assertThat(actual).isEqualTo(new Setting<>(valueAt.apply(level), Provenance.COUNCIL,
                        RuleSource.of(RuleSource.Kind.COUNCIL_POLICY, "level " + level + " policy")));
                return;
            }
        }
        assertThat(actual).isEqualTo(national);
    }

    @Test
    void localRulesAccumulateDownAChainUnlessAProfileListsItsOwnSpendRules() {
        CouncilProfile england = ProfileFixtures.englandDefault();
        LocalRule takeaways = new LocalRule(RuleId.of("testshire.spend.takeaways"), "takeaways are not paid for",
                Set.of(SpendCategory.of("takeaway")), null, POLICY);
        CouncilProfile testshire = RESOLVER.resolve(definition(null, List.of(takeaways), null, null), england);
        RuleSource northPolicy = RuleSource.of(RuleSource.Kind.COUNCIL_POLICY, "North Testshire policy");
        LocalRule bingo = new LocalRule(RuleId.of("north-testshire.spend.bingo"), "no bingo", null, Set.of("bingo"), northPolicy);

        CouncilProfile north = RESOLVER.resolve(new ProfileDefinition("north-testshire", "North Testshire", null, null,
                List.of(bingo), null, null, null, null, null, null, null), testshire);
        assertThat(north.spendRules()).extracting(SpendRule::id).containsExactly(BuiltInSpendRules.ILLEGAL,
                BuiltInSpendRules.NHS_PROVIDED, MeetsNeedOrOutcomeRule.ID, FamilyPaymentRule.ID, takeaways.id(), bingo.id());
        assertThat(north.spendRules().get(4).source()).isEqualTo(POLICY);

        // Listing spend rules states every rule in force, so the parent's local rule is no longer among them.
        CouncilProfile south = RESOLVER.resolve(new ProfileDefinition("south-testshire", "South Testshire", null,
                List.of(new RuleChoice(BuiltInSpendRules.ILLEGAL, northPolicy)), null, null, null, null, null, null, null, null),
                testshire);
        assertThat(south.spendRules()).extracting(SpendRule::id).containsExactly(BuiltInSpendRules.ILLEGAL);

        LocalRule sameId = new LocalRule(takeaways.id(), "no takeaways at all", Set.of(SpendCategory.of("takeaway")), null,
                northPolicy);
        assertThatThrownBy(() -> RESOLVER.resolve(new ProfileDefinition("west-testshire", "West Testshire", null, null,
                List.of(sameId), null, null, null, null, null, null, null), testshire))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("profile.duplicate-rule");
                    assertThat(e.field()).isEqualTo("localRules[0].id");
                    assertThat(e.getMessage()).contains("testshire.spend.takeaways", "already in force in testshire");
                });
    }

    @Test
    void aLocalDataDefinedRuleRefusesItsCategoriesAndWordsCitingTheCouncil() {
        LocalRule takeaways = new LocalRule(RuleId.of("testshire.spend.takeaways"), "takeaway meals are everyday living costs",
                Set.of(SpendCategory.of("takeaway")), Set.of("takeaway"), POLICY);
        CouncilProfile testshire = RESOLVER.resolve(definition(List.of(new RuleChoice(BuiltInSpendRules.GAMBLING, PAGE)),
                List.of(takeaways), null, null), ProfileFixtures.englandDefault());

        SpendRule local = testshire.spendRules().get(1);
        assertThat(local.id()).isEqualTo(RuleId.of("testshire.spend.takeaways"));
        Verdict verdict = local.assess(new SpendSubject("$.supportItems[4]", SpendCategory.of("leisure"), "Friday takeaway",
                PaymentRoute.DIRECT_PAYMENT, null, null, null));
        assertThat(verdict).isInstanceOfSatisfying(Verdict.Refused.class, refused -> {
            assertThat(refused.source()).isEqualTo(POLICY);
            assertThat(refused.reason()).isEqualTo("takeaway meals are everyday living costs");
            assertThat(refused.path()).isEqualTo("$.supportItems[4]");
        });
        assertThat(testshire.spendRules().get(0).source()).isEqualTo(PAGE);
    }

    @Test
    void aRuleSwitchedOnTwiceIsRefusedAtTheSecondChoice() {
        assertThatThrownBy(() -> RESOLVER.resolve(definition(List.of(new RuleChoice(BuiltInSpendRules.ILLEGAL, PAGE),
                new RuleChoice(BuiltInSpendRules.GAMBLING, PAGE), new RuleChoice(BuiltInSpendRules.GAMBLING, POLICY)), null, null, null),
                ProfileFixtures.englandDefault()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("profile.duplicate-rule");
                    assertThat(e.field()).isEqualTo("spendRules[2].id");
                    assertThat(e.getMessage()).contains("spend.gambling", "twice");
                });
    }

    @Test
    void aLocalRuleMayNotTakeTheIdOfABuiltInOrPlugInRuleNorBeDefinedTwice() {
        LocalRule clash = new LocalRule(BuiltInSpendRules.GAMBLING, "no bets", Set.of(SpendCategory.of("betting")), null, POLICY);
        assertThatThrownBy(() -> RESOLVER.resolve(definition(List.of(new RuleChoice(BuiltInSpendRules.GAMBLING, PAGE)),
                List.of(clash), null, null), ProfileFixtures.englandDefault()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("profile.duplicate-rule");
                    assertThat(e.field()).isEqualTo("localRules[0].id");
                    assertThat(e.getMessage()).contains("spend.gambling", "built-in");
                });
        // Even a built-in the council has not switched on: the id would mean two different rules.
        LocalRule everyday = new LocalRule(BuiltInSpendRules.EVERYDAY_LIVING, "no food", Set.of(SpendCategory.of("food")), null, POLICY);
        assertThatThrownBy(() -> RESOLVER.resolve(definition(null, List.of(everyday), null, null), ProfileFixtures.englandDefault()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("localRules[0].id"));
        ProfileResolver withPlugIns = new ProfileResolver(SpendRuleCatalog.withRules(new TakeawayRuleProvider().rules()));
        LocalRule plugInsId = new LocalRule(TakeawayRuleProvider.ID, "no takeaways", Set.of(SpendCategory.of("takeaway")), null, POLICY);
        assertThatThrownBy(() -> withPlugIns.resolve(definition(null, List.of(plugInsId), null, null), ProfileFixtures.englandDefault()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("profile.duplicate-rule");
                    assertThat(e.field()).isEqualTo("localRules[0].id");
                });
        LocalRule first = new LocalRule(RuleId.of("testshire.spend.x"), "no x", Set.of(SpendCategory.of("x-ray")), null, POLICY);
        LocalRule again = new LocalRule(RuleId.of("testshire.spend.x"), "no y", Set.of(SpendCategory.of("y-ray")), null, POLICY);
        assertThatThrownBy(() -> RESOLVER.resolve(definition(null, List.of(first, again), null, null), ProfileFixtures.englandDefault()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("profile.duplicate-rule");
                    assertThat(e.field()).isEqualTo("localRules[1].id");
                    assertThat(e.getMessage()).contains("defined twice");
                });
    }

    @Test
    void aLocalRuleIsRefusedWhereItIsWrittenWhenItCitesNothingOrRefusesNothing() {
        LocalRule uncited = new LocalRule(RuleId.of("testshire.spend.x"), "no x", Set.of(SpendCategory.of("x-ray")), null, null);
        assertThatThrownBy(() -> RESOLVER.resolve(definition(null, List.of(uncited), null, null), ProfileFixtures.englandDefault()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("profile.source-required");
                    assertThat(e.field()).isEqualTo("localRules[0].source");
                    assertThat(e.getMessage()).contains("testshire.spend.x");
                });
        LocalRule fine = new LocalRule(RuleId.of("testshire.spend.x"), "no x", Set.of(SpendCategory.of("x-ray")), null, POLICY);
        LocalRule empty = new LocalRule(RuleId.of("testshire.spend.y"), "no y", null, null, POLICY);
        assertThatThrownBy(() -> RESOLVER.resolve(definition(null, List.of(fine, empty), null, null), ProfileFixtures.englandDefault()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("spend-rule.empty");
                    assertThat(e.field()).isEqualTo("localRules[1].categories");
                });
    }

    @Test
    void aQuestionIdUsedTwiceIsRefusedAtTheSecondQuestion() {
        PlanQuestion why = new PlanQuestion("q1", "Why?", Set.of(PlanSection.NEEDS), PAGE);
        PlanQuestion how = new PlanQuestion("q2", "How?", Set.of(PlanSection.SUPPORT), PAGE);
        PlanQuestion whyAgain = new PlanQuestion("q1", "Why again?", Set.of(PlanSection.OUTCOMES), PAGE);
        ProfileDefinition twice = new ProfileDefinition("testshire", "Testshire Council", List.of(why, how, whyAgain), null, null,
                null, null, null, null, null, null, null);
        assertThatThrownBy(() -> RESOLVER.resolve(twice, ProfileFixtures.englandDefault()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("profile.duplicate-question");
                    assertThat(e.field()).isEqualTo("questions[2].id");
                    assertThat(e.getMessage()).contains("'q1'", "questions[0]");
                });
    }

    @Test
    void anUnknownRuleABuiltInWithoutASourceOrAPlugInGivenOneIsRefusedAtItsChoice() {
        assertThatThrownBy(() -> RESOLVER.resolve(definition(List.of(new RuleChoice(BuiltInSpendRules.ILLEGAL, PAGE),
                new RuleChoice(RuleId.of("spend.gambiling"), PAGE)), null, null, null), ProfileFixtures.englandDefault()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("profile.unknown-rule");
                    assertThat(e.field()).isEqualTo("spendRules[1].id");
                    assertThat(e.getMessage()).contains("spend.gambiling", "spend.gambling", "spend.family-payment");
                });
        assertThatThrownBy(() -> RESOLVER.resolve(definition(List.of(new RuleChoice(BuiltInSpendRules.ILLEGAL, null)), null, null,
                null), ProfileFixtures.englandDefault()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("profile.source-required");
                    assertThat(e.field()).isEqualTo("spendRules[0].source");
                    assertThat(e.getMessage()).contains("spend.illegal");
                });
        // A plug-in cites its own source: a citation in the profile would be silently ignored, so it is refused.
        ProfileResolver withPlugIns = new ProfileResolver(SpendRuleCatalog.withRules(new TakeawayRuleProvider().rules()));
        assertThatThrownBy(() -> withPlugIns.resolve(definition(List.of(new RuleChoice(FamilyPaymentRule.ID, FamilyPaymentRule.REGULATION),
                new RuleChoice(TakeawayRuleProvider.ID, PAGE)), null, null, null), ProfileFixtures.englandDefault()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("profile.plug-in-source");
                    assertThat(e.field()).isEqualTo("spendRules[1].source");
                    assertThat(e.getMessage()).contains(TakeawayRuleProvider.SOURCE.citation());
                });
    }

    @Test
    void aPlugInRuleIsSwitchedOnByIdAndKeepsItsOwnSource() {
        ProfileResolver withPlugIns = new ProfileResolver(SpendRuleCatalog.withPlugIns(getClass().getClassLoader()));
        CouncilProfile testshire = withPlugIns.resolve(definition(List.of(new RuleChoice(TakeawayRuleProvider.ID, null),
                new RuleChoice(FamilyPaymentRule.ID, FamilyPaymentRule.REGULATION)), null, null, null), ProfileFixtures.englandDefault());

        assertThat(testshire.spendRules()).extracting(SpendRule::id).containsExactly(TakeawayRuleProvider.ID, FamilyPaymentRule.ID);
        assertThat(testshire.spendRules().get(0).source()).isEqualTo(TakeawayRuleProvider.SOURCE);
    }

    @Test
    void aProfileKeepsItsYearWithinFiftyTwoToFiftyThreeWeeks() {
        assertThatThrownBy(() -> RESOLVER.resolve(definition(null, null, new Value<>(Quantity.of(50), PAGE), null),
                ProfileFixtures.englandDefault()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("profile.weeks-per-year"));
    }

    @Test
    void resolvingIsRepeatableAndTheProfilesSpendPolicyHoldsItsRulesInOrder() {
        CouncilProfile bury = ProfileFixtures.bury();
        assertThat(bury.spendPolicy().rules()).extracting(SpendRule::id).containsExactly(BuiltInSpendRules.EVERYDAY_LIVING,
                BuiltInSpendRules.NHS_PROVIDED, MeetsNeedOrOutcomeRule.ID, BuiltInSpendRules.ILLEGAL, BuiltInSpendRules.GAMBLING,
                FamilyPaymentRule.ID);
        assertThat(ProfileFixtures.bury().questions()).isEqualTo(bury.questions());
        assertThatThrownBy(() -> bury.spendRules().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void reviewIntervalsAndSettingsValidateThemselves() {
        assertThatThrownBy(() -> new ReviewInterval(0, ReviewInterval.Unit.WEEKS, ReviewAnchor.SIGN_OFF))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("review.interval-range"));
        assertThatThrownBy(() -> new ReviewInterval(121, ReviewInterval.Unit.MONTHS, ReviewAnchor.SIGN_OFF))
                .isInstanceOf(InvalidValueException.class);
        assertThat(new ReviewInterval(12, ReviewInterval.Unit.WEEKS, ReviewAnchor.SUPPORT_START))
                .hasToString("12 weeks after support start");
        Setting<Integer> own = new Setting<>(8, Provenance.COUNCIL, PAGE);
        assertThat(own.isDefault()).isFalse();
        assertThat(new Setting<>(8, Provenance.NATIONAL_DEFAULT, PAGE).isDefault()).isTrue();
        assertThatThrownBy(() -> new Setting<>(null, Provenance.COUNCIL, PAGE)).isInstanceOf(InvalidValueException.class);
    }

    private static ProfileDefinition definition(List<RuleChoice> rules, List<LocalRule> local, Value<Quantity> weeks,
                                                Value<RoundingRule> rounding) {
        return new ProfileDefinition("testshire", "Testshire Council", null, rules, local, weeks, rounding, null, null, null, null,
                null);
    }

    private static List<Setting<?>> settings(CouncilProfile p) {
        return List.of(p.weeksPerYear(), p.rounding(), p.unspentBalanceWeeks(), p.reviews().initialReview(),
                p.reviews().regularReview(), p.reviews().directPaymentFirstReview(), p.reviews().directPaymentRegularReview());
    }
}
