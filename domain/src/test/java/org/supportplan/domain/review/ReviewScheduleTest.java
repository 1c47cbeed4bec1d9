package org.supportplan.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.supportplan.domain.review.ReviewFixtures.BURY;
import static org.supportplan.domain.review.ReviewFixtures.DERBYSHIRE;
import static org.supportplan.domain.review.ReviewFixtures.review;
import static org.supportplan.domain.review.ReviewFixtures.signedOff;
import static org.supportplan.domain.review.ReviewFixtures.withAgreed;
import static org.supportplan.domain.review.ReviewFixtures.withDirectPayment;
import static org.supportplan.domain.review.ReviewFixtures.withRequests;
import static org.supportplan.domain.review.ReviewFixtures.withReviews;
import static org.supportplan.domain.review.ReviewFixtures.withStart;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.profile.Provenance;
import org.supportplan.domain.profile.ReviewAnchor;
import org.supportplan.domain.profile.ReviewInterval;
import org.supportplan.domain.profile.ReviewPolicy;
import org.supportplan.domain.testdata.ProfileFixtures;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * The review schedule with the councils' real numbers: Bury's initial review 12 weeks after support starts
 * (its own), Derbyshire's 8 weeks after sign-off (the national default) and its annual review, direct
 * payments reviewed 6 months after the first payment, an agreed 3-month interval, and requests.
 */
class ReviewScheduleTest {

    private static final ReviewPolicy BURY_POLICY = ProfileFixtures.bury().reviews();
    private static final ReviewPolicy DERBYSHIRE_POLICY = ProfileFixtures.derbyshire().reviews();
    private static final LocalDate SIGNED_OFF = LocalDate.of(2026, 3, 2);

    private static DueReview only(ReviewSchedule schedule) {
        assertThat(schedule.due()).hasSize(1);
        return schedule.due().get(0);
    }

    @Test
    void buryReviewsTwelveWeeksAfterSupportStartsAsItsOwnRule() {
        ReviewSchedule schedule = ReviewSchedule.of(withStart(signedOff(BURY, SIGNED_OFF), LocalDate.of(2026, 3, 16)), BURY_POLICY);

        DueReview initial = only(schedule);
        assertThat(initial.kind()).isEqualTo(ReviewKind.INITIAL);
        assertThat(initial.dueOn()).isEqualTo(LocalDate.of(2026, 6, 8));
        assertThat(initial.countedFrom()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(initial.rule().value()).isEqualTo("review.initial");
        assertThat(initial.setBy().label()).isEqualTo("council's own");
        assertThat(((SetBy.Policy) initial.setBy()).provenance()).isEqualTo(Provenance.COUNCIL);
        assertThat(((SetBy.Policy) initial.setBy()).name()).isEqualTo("initialReview");
        assertThat(initial.source()).isEqualTo(BURY_POLICY.initialReview().source());
    }

    @Test
    void aBuryPlanAgreedButNotStartedHasNoInitialReviewDateUntilSupportStarts() {
        ReviewSchedule schedule = ReviewSchedule.of(signedOff(BURY, SIGNED_OFF), BURY_POLICY);

        assertThat(schedule.due()).isEmpty();
        assertThat(schedule.unscheduled()).containsExactly(new Unscheduled(ReviewKind.INITIAL, ReviewAnchor.SUPPORT_START));
    }

    @Test
    void derbyshireInheritsTheNationalDefaultEightWeeksAfterSignOffEvenBeforeSupportStarts() {
        DueReview initial = only(ReviewSchedule.of(signedOff(DERBYSHIRE, SIGNED_OFF), DERBYSHIRE_POLICY));

        assertThat(initial.kind()).isEqualTo(ReviewKind.INITIAL);
        assertThat(initial.dueOn()).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(initial.setBy().label()).isEqualTo("national default");
        assertThat(((SetBy.Policy) initial.setBy()).provenance()).isEqualTo(Provenance.NATIONAL_DEFAULT);
        assertThat(initial.source()).isEqualTo(ProfileFixtures.englandDefault().reviews().initialReview().source());
    }

    @Test
    void derbyshiresAnnualReviewIsTwelveMonthsAfterThePreviousReviewAsItsOwnRule() {
        ReviewFacts facts = withReviews(withStart(signedOff(DERBYSHIRE, SIGNED_OFF), LocalDate.of(2026, 3, 9)),
                review(LocalDate.of(2026, 4, 20), ReviewTrigger.SCHEDULED_INITIAL, false));

        DueReview regular = only(ReviewSchedule.of(facts, DERBYSHIRE_POLICY));
        assertThat(regular.kind()).isEqualTo(ReviewKind.REGULAR);
        assertThat(regular.dueOn()).isEqualTo(LocalDate.of(2027, 4, 20));
        assertThat(regular.countedFrom()).isEqualTo(LocalDate.of(2026, 4, 20));
        assertThat(regular.setBy().label()).isEqualTo("council's own");
        assertThat(regular.rule().value()).isEqualTo("review.regular");

        // the next is counted from the latest review held, in whatever order they are given
        ReviewFacts later = withReviews(facts, review(LocalDate.of(2027, 4, 1), ReviewTrigger.SCHEDULED_REGULAR, false),
                review(LocalDate.of(2026, 4, 20), ReviewTrigger.SCHEDULED_INITIAL, false));
        assertThat(only(ReviewSchedule.of(later, DERBYSHIRE_POLICY)).dueOn()).isEqualTo(LocalDate.of(2028, 4, 1));
    }

    @Test
    void aReviewOnALeapDayIsNextDueOnTheLastDayOfFebruary() {
        ReviewFacts facts = withReviews(signedOff(DERBYSHIRE, LocalDate.of(2027, 12, 1)),
                review(LocalDate.of(2028, 2, 29), ReviewTrigger.SCHEDULED_INITIAL, false));

        assertThat(only(ReviewSchedule.of(facts, DERBYSHIRE_POLICY)).dueOn()).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void aDirectPaymentIsFirstReviewedSixMonthsAfterTheFirstPaymentThenEveryTwelveMonths() {
        ReviewFacts facts = withDirectPayment(withStart(signedOff(DERBYSHIRE, LocalDate.of(2026, 8, 3)), LocalDate.of(2026, 8, 10)),
                Optional.of(LocalDate.of(2026, 8, 31)));

        DueReview first = ReviewSchedule.of(facts, DERBYSHIRE_POLICY).find(ReviewKind.DIRECT_PAYMENT_FIRST).orElseThrow();
        assertThat(first.dueOn()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(first.countedFrom()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(first.setBy().label()).isEqualTo("national default");
        assertThat(first.rule().value()).isEqualTo("review.direct-payment-first");

        ReviewFacts reviewed = withReviews(facts, review(LocalDate.of(2027, 2, 10), ReviewTrigger.DIRECT_PAYMENT, true));
        ReviewSchedule after = ReviewSchedule.of(reviewed, DERBYSHIRE_POLICY);
        assertThat(after.find(ReviewKind.DIRECT_PAYMENT_FIRST)).isEmpty();
        assertThat(after.find(ReviewKind.DIRECT_PAYMENT_REGULAR).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2028, 2, 10));
        // a review of the direct payment alone is not a review of the plan: the initial review is still due
        assertThat(after.find(ReviewKind.INITIAL).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 9, 28));
    }

    @Test
    void aPlanReviewThatCoversTheDirectPaymentRestartsBothClocks() {
        ReviewFacts facts = withReviews(withDirectPayment(signedOff(BURY, SIGNED_OFF), Optional.of(LocalDate.of(2026, 3, 20))),
                review(LocalDate.of(2026, 6, 1), ReviewTrigger.SCHEDULED_INITIAL, true));

        ReviewSchedule schedule = ReviewSchedule.of(facts, BURY_POLICY);
        assertThat(schedule.due()).extracting(DueReview::kind, DueReview::dueOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ReviewKind.REGULAR, LocalDate.of(2027, 6, 1)),
                org.assertj.core.groups.Tuple.tuple(ReviewKind.DIRECT_PAYMENT_REGULAR, LocalDate.of(2027, 6, 1)));
    }

    @Test
    void aReviewBeforeTheFirstPaymentDoesNotCountAsTheDirectPaymentReview() {
        ReviewFacts facts = withReviews(withDirectPayment(signedOff(DERBYSHIRE, SIGNED_OFF), Optional.of(LocalDate.of(2026, 5, 1))),
                review(LocalDate.of(2026, 4, 20), ReviewTrigger.SCHEDULED_INITIAL, true));

        assertThat(ReviewSchedule.of(facts, DERBYSHIRE_POLICY).find(ReviewKind.DIRECT_PAYMENT_FIRST).orElseThrow().dueOn())
                .isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void aDirectPaymentNotYetPaidHasNoReviewDate() {
        ReviewSchedule schedule = ReviewSchedule.of(withDirectPayment(signedOff(DERBYSHIRE, SIGNED_OFF), Optional.empty()),
                DERBYSHIRE_POLICY);

        assertThat(schedule.unscheduled()).containsExactly(new Unscheduled(ReviewKind.DIRECT_PAYMENT_FIRST, ReviewAnchor.FIRST_PAYMENT));
        assertThat(schedule.due()).extracting(DueReview::kind).containsExactly(ReviewKind.INITIAL);
    }

    @Test
    void anAgreedThreeMonthIntervalIsUsedInsteadOfTheCouncilsTwelveMonths() {
        LocalDate previous = LocalDate.of(2026, 11, 30);
        ReviewFacts facts = withReviews(signedOff(DERBYSHIRE, SIGNED_OFF), review(previous, ReviewTrigger.SCHEDULED_REGULAR, false));
        AgreedInterval threeMonths = AgreedInterval.agree(DERBYSHIRE_POLICY, ReviewInterval.months(3, ReviewAnchor.PREVIOUS_REVIEW), previous);

        DueReview regular = only(ReviewSchedule.of(withAgreed(facts, threeMonths), DERBYSHIRE_POLICY));
        assertThat(regular.kind()).isEqualTo(ReviewKind.REGULAR);
        assertThat(regular.dueOn()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(regular.setBy()).isEqualTo(new SetBy.Agreement(threeMonths));
        assertThat(regular.setBy().label()).isEqualTo("agreed with the person");
        assertThat(regular.source()).isEqualTo(ReviewPolicy.AGREED_INTERVAL_GUIDANCE);
    }

    @Test
    void anIntervalAgreedAfterTheLastReviewCountsFromTheDayItWasAgreedButNeverBeyondTheCouncils() {
        ReviewFacts facts = withReviews(signedOff(DERBYSHIRE, SIGNED_OFF),
                review(LocalDate.of(2026, 4, 20), ReviewTrigger.SCHEDULED_INITIAL, false));
        ReviewInterval threeMonths = ReviewInterval.months(3, ReviewAnchor.PREVIOUS_REVIEW);

        assertThat(only(ReviewSchedule.of(withAgreed(facts, new AgreedInterval(threeMonths, LocalDate.of(2026, 9, 1))), DERBYSHIRE_POLICY))
                .dueOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        // agreed eleven months after the last review: the council's 12 months falls sooner and wins
        DueReview late = only(ReviewSchedule.of(withAgreed(facts, new AgreedInterval(threeMonths, LocalDate.of(2027, 3, 20))),
                DERBYSHIRE_POLICY));
        assertThat(late.dueOn()).isEqualTo(LocalDate.of(2027, 4, 20));
        assertThat(late.setBy().label()).isEqualTo("council's own");
    }

    @Test
    void anAgreedIntervalNoShorterThanTheCouncilsIsRefused() {
        assertThatThrownBy(() -> AgreedInterval.agree(DERBYSHIRE_POLICY, ReviewInterval.months(12, ReviewAnchor.PREVIOUS_REVIEW), SIGNED_OFF))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("review.agreed-interval-not-shorter"));
        assertThatThrownBy(() -> new AgreedInterval(ReviewInterval.months(3, ReviewAnchor.SIGN_OFF), SIGNED_OFF))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("review.anchor"));
    }

    @Test
    void aReviewOnRequestIsDueOnTheDayRequestedUntilAReviewIsHeld() {
        ReviewRequest request = new ReviewRequest(LocalDate.of(2026, 7, 14), ParticipantRole.CARER);
        ReviewFacts facts = withRequests(withReviews(signedOff(DERBYSHIRE, SIGNED_OFF),
                review(LocalDate.of(2026, 4, 20), ReviewTrigger.SCHEDULED_INITIAL, false)), request);

        ReviewSchedule schedule = ReviewSchedule.of(facts, DERBYSHIRE_POLICY);
        DueReview requested = schedule.find(ReviewKind.ON_REQUEST).orElseThrow();
        assertThat(requested.dueOn()).isEqualTo(LocalDate.of(2026, 7, 14));
        assertThat(requested.setBy()).isEqualTo(new SetBy.Request(request));
        assertThat(requested.source().citation()).contains("Care Act 2014 s.27(1)(b)");
        assertThat(requested.overdueOn(LocalDate.of(2026, 7, 14))).isFalse();
        assertThat(requested.overdueOn(LocalDate.of(2026, 7, 15))).isTrue();
        assertThat(schedule.next()).contains(requested);

        // the review held for it answers the request and restarts the annual clock
        ReviewSchedule answered = ReviewSchedule.of(withReviews(facts, review(LocalDate.of(2026, 4, 20), ReviewTrigger.SCHEDULED_INITIAL, false),
                review(LocalDate.of(2026, 7, 20), ReviewTrigger.ON_REQUEST, false)), DERBYSHIRE_POLICY);
        assertThat(answered.find(ReviewKind.ON_REQUEST)).isEmpty();
        assertThat(only(answered).dueOn()).isEqualTo(LocalDate.of(2027, 7, 20));
    }

    @Test
    void anEndedPlanHasNothingDue() {
        ReviewFacts facts = withRequests(withDirectPayment(signedOff(BURY, SIGNED_OFF), Optional.of(LocalDate.of(2026, 3, 20))),
                new ReviewRequest(LocalDate.of(2026, 5, 1), ParticipantRole.PERSON));

        ReviewSchedule schedule = ReviewSchedule.of(ReviewFixtures.ended(facts, LocalDate.of(2026, 6, 1)), BURY_POLICY);
        assertThat(schedule.due()).isEmpty();
        assertThat(schedule.unscheduled()).isEmpty();
        assertThat(schedule.next()).isEmpty();
    }

    @Test
    void factsRefuseAReviewOfAnotherPlan() {
        Review other = new Review(ReviewId.random(), new PlanId(UUID.randomUUID()), 1, SIGNED_OFF, ReviewTrigger.ON_REQUEST,
                ReviewMethod.PHONE_CALL, java.util.Set.of(ParticipantRole.PERSON), List.of(), ReviewOutcome.NO_CHANGE, false);
        assertThatThrownBy(() -> withReviews(signedOff(BURY, SIGNED_OFF), review(SIGNED_OFF, ReviewTrigger.ON_REQUEST, false), other))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("review.other-plan");
                    assertThat(e.field()).isEqualTo("reviews[1].plan");
                });
    }
}
