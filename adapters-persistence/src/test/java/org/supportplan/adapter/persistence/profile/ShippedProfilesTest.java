package org.supportplan.adapter.persistence.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.money.RoundingRule;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.profile.PlanQuestion;
import org.supportplan.domain.profile.PlanSection;
import org.supportplan.domain.profile.Provenance;
import org.supportplan.domain.profile.ReviewAnchor;
import org.supportplan.domain.profile.ReviewInterval;
import org.supportplan.domain.profile.Setting;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.spend.SpendRule;

/** The three shipped profile files, loaded as the application loads them, say what the councils' pages say. */
class ShippedProfilesTest {

    private static final ProfileFiles SHIPPED = ProfileFiles.shipped();

    private static CouncilProfile profile(String id) {
        return SHIPPED.find(CouncilId.of(id)).orElseThrow();
    }

    @Test
    void theThreeShippedProfilesLoadSortedById() {
        assertThat(SHIPPED.all()).extracting(p -> p.id().value()).containsExactly("bury", "derbyshire", "england-default");
        assertThat(SHIPPED.find(CouncilId.of("rutland"))).isEmpty();
    }

    @Test
    void derbyshireAsksTheSevenQuestionsInThePagesWording() {
        CouncilProfile derbyshire = profile("derbyshire");
        assertThat(derbyshire.name()).isEqualTo("Derbyshire County Council");
        assertThat(derbyshire.questions()).extracting(PlanQuestion::id)
                .containsExactly("q1", "q2", "q3", "q4", "q5", "q6", "q7");
        assertThat(derbyshire.questions()).extracting(PlanQuestion::text).containsExactly(
                "What is important to you?",
                "What do you want to change or keep, what do you want to achieve?",
                "How will you be supported to achieve your outcomes, including how any risks will be managed?",
                "How will you make decisions and stay in control of your life?",
                "How will your support be managed, including contingency plans?",
                "How will you take your personal budget and what will the support cost?",
                "How are you going to put your support plan (your action plan) in place?");
        assertThat(derbyshire.questions()).allSatisfy(q -> {
            assertThat(q.source().kind()).isEqualTo(RuleSource.Kind.COUNCIL_PAGE);
            assertThat(q.source().citation()).contains("Derbyshire", "before we can agree it");
        });
        assertThat(derbyshire.questions().get(3).answeredBy()).containsExactly(PlanSection.DECISIONS_AND_CONTROL);
        assertThat(derbyshire.questions().get(4).answeredBy())
                .containsExactlyInAnyOrder(PlanSection.BUDGET_MANAGER, PlanSection.CONTINGENCY);
    }

    @Test
    void buryShowsTheSevenHeadingsInThePagesWording() {
        CouncilProfile bury = profile("bury");
        assertThat(bury.name()).isEqualTo("Bury Council");
        assertThat(bury.questions()).extracting(PlanQuestion::id).containsExactly("h1", "h2", "h3", "h4", "h5", "h6", "h7");
        assertThat(bury.questions()).extracting(PlanQuestion::text).containsExactly(
                "What your needs and outcomes are.",
                "How the support will meet your needs and outcomes.",
                "What support you receive from family, friends, community networks and other services.",
                "Who will provide your ongoing support.",
                "What support you want to buy with your indicative budget.",
                "Who will manage your personal budget.",
                "A breakdown of the costs of your support.");
        assertThat(bury.questions()).allSatisfy(q -> assertThat(q.source().citation()).contains("Bury", "A support plan will show"));
        assertThat(bury.questions().get(2).answeredBy()).containsExactly(PlanSection.CIRCLE_OF_SUPPORT);
    }

    @Test
    void everyEnglandDefaultValueIsMarkedAsTheNationalDefault() {
        CouncilProfile england = profile("england-default");
        List<Setting<?>> settings = List.of(england.weeksPerYear(), england.rounding(), england.unspentBalanceWeeks(),
                england.reviews().initialReview(), england.reviews().regularReview(),
                england.reviews().directPaymentFirstReview(), england.reviews().directPaymentRegularReview());
        assertThat(settings).allSatisfy(s -> assertThat(s.provenance()).isEqualTo(Provenance.NATIONAL_DEFAULT));
        assertThat(england.weeksPerYear().value()).isEqualTo(Quantity.parse("52.143"));
        assertThat(england.rounding().value()).isEqualTo(RoundingRule.HALF_UP);
        assertThat(england.unspentBalanceWeeks().value()).isEqualTo(Quantity.of(8));
        assertThat(england.reviews().initialReview().value())
                .isEqualTo(new ReviewInterval(8, ReviewInterval.Unit.WEEKS, ReviewAnchor.SIGN_OFF));
        assertThat(england.reviews().directPaymentFirstReview().value())
                .isEqualTo(new ReviewInterval(6, ReviewInterval.Unit.MONTHS, ReviewAnchor.FIRST_PAYMENT));
        // Figures no law gives are cited as supportplan's defaults, never as law.
        assertThat(england.weeksPerYear().source().kind()).isEqualTo(RuleSource.Kind.SUPPORTPLAN_DEFAULT);
        assertThat(england.unspentBalanceWeeks().source().kind()).isEqualTo(RuleSource.Kind.SUPPORTPLAN_DEFAULT);
        assertThat(england.reviews().directPaymentFirstReview().source().kind()).isEqualTo(RuleSource.Kind.REGULATION);
    }

    @Test
    void buryGivesItsOwnReviewsAndInheritsEverythingItsPageDoesNotSay() {
        CouncilProfile bury = profile("bury");
        CouncilProfile england = profile("england-default");
        Setting<ReviewInterval> initial = bury.reviews().initialReview();
        assertThat(initial.provenance()).isEqualTo(Provenance.COUNCIL);
        assertThat(initial.value()).isEqualTo(new ReviewInterval(12, ReviewInterval.Unit.WEEKS, ReviewAnchor.SUPPORT_START));
        assertThat(initial.source().kind()).isEqualTo(RuleSource.Kind.COUNCIL_PAGE);
        assertThat(initial.source().citation()).contains("Within 12 weeks after your support has started");
        assertThat(bury.reviews().regularReview().provenance()).isEqualTo(Provenance.COUNCIL);
        assertThat(bury.reviews().regularReview().value())
                .isEqualTo(new ReviewInterval(12, ReviewInterval.Unit.MONTHS, ReviewAnchor.PREVIOUS_REVIEW));

        assertInherited(bury.weeksPerYear(), england.weeksPerYear());
        assertInherited(bury.rounding(), england.rounding());
        assertInherited(bury.unspentBalanceWeeks(), england.unspentBalanceWeeks());
        assertInherited(bury.reviews().directPaymentFirstReview(), england.reviews().directPaymentFirstReview());
        assertInherited(bury.reviews().directPaymentRegularReview(), england.reviews().directPaymentRegularReview());
    }

    @Test
    void derbyshireInheritsTheInitialReviewAndGivesItsOwnYearlyReview() {
        CouncilProfile derbyshire = profile("derbyshire");
        CouncilProfile england = profile("england-default");
        assertInherited(derbyshire.reviews().initialReview(), england.reviews().initialReview());
        assertThat(derbyshire.reviews().initialReview().value())
                .isEqualTo(new ReviewInterval(8, ReviewInterval.Unit.WEEKS, ReviewAnchor.SIGN_OFF));
        Setting<ReviewInterval> regular = derbyshire.reviews().regularReview();
        assertThat(regular.provenance()).isEqualTo(Provenance.COUNCIL);
        assertThat(regular.value()).isEqualTo(new ReviewInterval(12, ReviewInterval.Unit.MONTHS, ReviewAnchor.PREVIOUS_REVIEW));
        assertThat(regular.source().citation()).contains("Derbyshire", "at least once a year");
        assertInherited(derbyshire.weeksPerYear(), england.weeksPerYear());
        assertInherited(derbyshire.rounding(), england.rounding());
        assertInherited(derbyshire.unspentBalanceWeeks(), england.unspentBalanceWeeks());
    }

    @Test
    void derbyshiresSpendRulesAreItsPagesPlusTheStatutoryOnesAndNoEverydayLivingRule() {
        List<SpendRule> rules = profile("derbyshire").spendRules();
        assertThat(rules).extracting(r -> r.id().value()).containsExactly("spend.illegal", "spend.gambling",
                "spend.meets-no-need-or-outcome", "spend.nhs-provided", "spend.family-payment");
        assertThat(rules.subList(0, 3)).allSatisfy(r -> {
            assertThat(r.source().kind()).isEqualTo(RuleSource.Kind.COUNCIL_PAGE);
            assertThat(r.source().citation()).startsWith("Derbyshire County Council, Support plans");
        });
        assertThat(rules.get(0).source().citation()).contains("anything that is against the law");
        assertThat(rules.get(1).source().citation()).contains("gambling");
        assertThat(rules.get(2).source().citation()).contains("The plan must help you achieve your outcomes");
        // The page does not mention the NHS or family payments: those rules cite the law, not Derbyshire.
        assertThat(rules.get(3).source().kind()).isEqualTo(RuleSource.Kind.ACT);
        assertThat(rules.get(4).source().kind()).isEqualTo(RuleSource.Kind.REGULATION);
        assertThat(rules).noneMatch(r -> r.id().value().equals("spend.everyday-living-costs"));
    }

    @Test
    void buryHasAllFiveRulesOnItsPagePlusTheFamilyPaymentRule() {
        List<SpendRule> rules = profile("bury").spendRules();
        assertThat(rules).extracting(r -> r.id().value()).containsExactly("spend.everyday-living-costs",
                "spend.nhs-provided", "spend.meets-no-need-or-outcome", "spend.illegal", "spend.gambling",
                "spend.family-payment");
        assertThat(rules.subList(0, 5)).allSatisfy(r -> {
            assertThat(r.source().kind()).isEqualTo(RuleSource.Kind.COUNCIL_PAGE);
            assertThat(r.source().citation()).contains("Bury Council", "you cannot use your budget for");
        });
        assertThat(rules).extracting(r -> r.source().citation()).anyMatch(c -> c.contains("Everyday expenses like food or rent"))
                .anyMatch(c -> c.contains("Equipment or services that the NHS can provide"))
                .anyMatch(c -> c.contains("Anything that doesn't meet one of your needs and outcomes"))
                .anyMatch(c -> c.contains("Anything which is against the law"));
        assertThat(rules.get(5).source().kind()).isEqualTo(RuleSource.Kind.REGULATION);
    }

    private static <T> void assertInherited(Setting<T> council, Setting<T> national) {
        assertThat(council.provenance()).isEqualTo(Provenance.NATIONAL_DEFAULT);
        assertThat(council.value()).isEqualTo(national.value());
        assertThat(council.source()).isEqualTo(national.source());
    }
}
