package org.supportplan.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.testdata.ProfileFixtures;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * The statutory bounds on a council's review policy: a council may review more often than the law
 * requires, never less. Checked against a date-by-date oracle for every interval a profile can hold.
 */
class ReviewPolicyTest {

    private static final RuleSource PAGE = RuleSource.of(RuleSource.Kind.COUNCIL_PAGE, "Testshire, Support plans page");
    private static final ReviewInterval INITIAL = ReviewInterval.weeks(8, ReviewAnchor.SIGN_OFF);
    private static final ReviewInterval REGULAR = ReviewInterval.months(12, ReviewAnchor.PREVIOUS_REVIEW);
    private static final ReviewInterval DP_FIRST = ReviewInterval.months(6, ReviewAnchor.FIRST_PAYMENT);
    private static final ReviewInterval DP_REGULAR = ReviewInterval.months(12, ReviewAnchor.PREVIOUS_REVIEW);

    private static Setting<ReviewInterval> own(ReviewInterval interval) {
        return new Setting<>(interval, Provenance.COUNCIL, PAGE);
    }

    private static ReviewPolicy policy(ReviewInterval initial, ReviewInterval regular, ReviewInterval dpFirst, ReviewInterval dpRegular) {
        return new ReviewPolicy(own(initial), own(regular), own(dpFirst), own(dpRegular));
    }

    private static Optional<InvalidValueException> refusal(Runnable make) {
        try {
            make.run();
            return Optional.empty();
        } catch (InvalidValueException e) {
            return Optional.of(e);
        }
    }

    @Test
    void theShapedCouncilPoliciesAreWithinTheLaw() {
        assertThat(ProfileFixtures.englandDefault().reviews().regularReview().value()).isEqualTo(REGULAR);
        assertThat(ProfileFixtures.bury().reviews().initialReview().value()).isEqualTo(ReviewInterval.weeks(12, ReviewAnchor.SUPPORT_START));
        assertThat(ProfileFixtures.derbyshire().reviews().directPaymentFirstReview().value()).isEqualTo(DP_FIRST);
    }

    @Test
    void aRegularReviewLongerThanTwelveMonthsIsRefusedCitingTheGuidance() {
        assertThatThrownBy(() -> policy(INITIAL, ReviewInterval.months(13, ReviewAnchor.PREVIOUS_REVIEW), DP_FIRST, DP_REGULAR))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("review.beyond-statutory-bound");
                    assertThat(e.field()).isEqualTo("regularReview.value");
                    assertThat(e.source()).isEqualTo(ReviewPolicy.REGULAR_REVIEW_LAW.citation()).contains("ch.13");
                    assertThat(e.getMessage()).contains("13 months after previous review", "12 months");
                });
        assertThatThrownBy(() -> policy(INITIAL, ReviewInterval.weeks(53, ReviewAnchor.PREVIOUS_REVIEW), DP_FIRST, DP_REGULAR))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("review.beyond-statutory-bound"));
        assertThat(policy(INITIAL, ReviewInterval.weeks(52, ReviewAnchor.PREVIOUS_REVIEW), DP_FIRST, DP_REGULAR).regularReview().value().amount())
                .isEqualTo(52);
    }

    @Test
    void aFirstDirectPaymentReviewLaterThanSixMonthsAfterTheFirstPaymentIsRefusedCitingRegulation7() {
        for (ReviewInterval late : new ReviewInterval[] {ReviewInterval.months(7, ReviewAnchor.FIRST_PAYMENT),
                ReviewInterval.weeks(26, ReviewAnchor.FIRST_PAYMENT)}) {
            assertThatThrownBy(() -> policy(INITIAL, REGULAR, late, DP_REGULAR))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.ruleId()).isEqualTo("review.beyond-statutory-bound");
                        assertThat(e.field()).isEqualTo("directPaymentFirstReview.value");
                        assertThat(e.source()).contains("Direct Payments) Regulations 2014, reg 7");
                    });
        }
        assertThat(policy(INITIAL, REGULAR, ReviewInterval.weeks(25, ReviewAnchor.FIRST_PAYMENT), DP_REGULAR)).isNotNull();
    }

    @Test
    void directPaymentReviewsMoreThanTwelveMonthsApartAreRefused() {
        assertThatThrownBy(() -> policy(INITIAL, REGULAR, DP_FIRST, ReviewInterval.months(18, ReviewAnchor.PREVIOUS_REVIEW)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("review.beyond-statutory-bound");
                    assertThat(e.field()).isEqualTo("directPaymentRegularReview.value");
                    assertThat(e.source()).contains("reg 7");
                });
    }

    @Test
    void theBoundedReviewsAreCountedFromTheEventsTheLawCountsFrom() {
        assertThatThrownBy(() -> policy(INITIAL, ReviewInterval.months(12, ReviewAnchor.SIGN_OFF), DP_FIRST, DP_REGULAR))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("review.anchor");
                    assertThat(e.field()).isEqualTo("regularReview.value.anchor");
                    assertThat(e.getMessage()).contains("previous review", "sign off");
                });
        assertThatThrownBy(() -> policy(INITIAL, REGULAR, ReviewInterval.months(6, ReviewAnchor.SUPPORT_START), DP_REGULAR))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("directPaymentFirstReview.value.anchor"));
        assertThatThrownBy(() -> policy(INITIAL, REGULAR, DP_FIRST, ReviewInterval.months(12, ReviewAnchor.FIRST_PAYMENT)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("directPaymentRegularReview.value.anchor"));
    }

    @Test
    void theInitialReviewHasNoStatutoryMaximum() {
        for (ReviewAnchor anchor : ReviewAnchor.values()) {
            assertThat(policy(ReviewInterval.months(120, anchor), REGULAR, DP_FIRST, DP_REGULAR).initialReview().value().amount())
                    .isEqualTo(120);
        }
    }

    @Test
    void thePolicyAcceptsExactlyTheIntervalsTheLawAllowsForEveryDate() {
        for (ReviewInterval interval : StatutoryBoundOracle.everyInterval(ReviewAnchor.PREVIOUS_REVIEW)) {
            boolean lawful = StatutoryBoundOracle.LAWFUL_REGULAR.contains(interval);
            Optional<InvalidValueException> refused = refusal(() -> policy(INITIAL, interval, DP_FIRST, DP_REGULAR));
            assertThat(refused.isEmpty()).as("regular %s", interval).isEqualTo(lawful);
            refused.ifPresent(e -> assertThat(e.ruleId()).isEqualTo("review.beyond-statutory-bound"));
            assertThat(refusal(() -> policy(INITIAL, REGULAR, DP_FIRST, interval)).isEmpty()).as("dp regular %s", interval).isEqualTo(lawful);
        }
        for (ReviewInterval interval : StatutoryBoundOracle.everyInterval(ReviewAnchor.FIRST_PAYMENT)) {
            boolean lawful = StatutoryBoundOracle.LAWFUL_DIRECT_PAYMENT_FIRST.contains(interval);
            Optional<InvalidValueException> refused = refusal(() -> policy(INITIAL, REGULAR, interval, DP_REGULAR));
            assertThat(refused.isEmpty()).as("dp first %s", interval).isEqualTo(lawful);
            refused.ifPresent(e -> assertThat(e.ruleId()).isEqualTo("review.beyond-statutory-bound"));
        }
        assertThat(StatutoryBoundOracle.LAWFUL_REGULAR).hasSize(52 + 12);
        assertThat(StatutoryBoundOracle.LAWFUL_DIRECT_PAYMENT_FIRST).hasSize(25 + 6);
    }

    @Test
    void anIntervalAgreedWithThePersonMustBeShorterThanTheCouncils() {
        ReviewPolicy policy = ProfileFixtures.derbyshire().reviews();
        ReviewInterval threeMonths = ReviewInterval.months(3, ReviewAnchor.PREVIOUS_REVIEW);
        assertThat(policy.checkAgreedInterval(threeMonths)).isEqualTo(threeMonths);
        assertThat(policy.checkAgreedInterval(ReviewInterval.weeks(52, ReviewAnchor.PREVIOUS_REVIEW)).amount()).isEqualTo(52);
        for (ReviewInterval notShorter : new ReviewInterval[] {ReviewInterval.months(12, ReviewAnchor.PREVIOUS_REVIEW),
                ReviewInterval.months(18, ReviewAnchor.PREVIOUS_REVIEW), ReviewInterval.weeks(53, ReviewAnchor.PREVIOUS_REVIEW)}) {
            assertThatThrownBy(() -> policy.checkAgreedInterval(notShorter))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.ruleId()).isEqualTo("review.agreed-interval-not-shorter");
                        assertThat(e.field()).isEqualTo("agreedInterval");
                        assertThat(e.source()).contains("ch.13");
                    });
        }
        assertThatThrownBy(() -> policy.checkAgreedInterval(ReviewInterval.months(3, ReviewAnchor.SIGN_OFF)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("review.anchor"));
    }
}
