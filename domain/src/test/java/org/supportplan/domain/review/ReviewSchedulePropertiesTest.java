package org.supportplan.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.supportplan.domain.review.ReviewFixtures.PLAN;
import static org.supportplan.domain.review.ReviewFixtures.dates;
import static org.supportplan.domain.review.ReviewFixtures.intervals;
import static org.supportplan.domain.review.ReviewFixtures.validPolicies;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.profile.ReviewAnchor;
import org.supportplan.domain.profile.ReviewPolicy;

/**
 * The schedule over any dates (month ends, leap days, across the non-leap 2100) and every policy the profile
 * accepts: the statutory bounds are never passed, no review is due before the date it is counted from, the
 * interval agreed with the person wins whenever it is sooner, and requests are due on the day they are made.
 * The bounds are worked out here from the law's own words ("12 months after", "6 months after"), not from
 * the policy.
 */
class ReviewSchedulePropertiesTest {

    private static final int EXAMPLES = 2_000;

    /** One plan's facts under one policy. */
    record Case(ReviewFacts facts, ReviewPolicy policy) {
    }

    private static Gen<Review> reviews(LocalDate base) {
        return integers().between(-60, 1_500).zip(Generate.enumValues(ReviewTrigger.class), booleans().all(),
                (days, trigger, dp) -> ReviewFixtures.review(base.plusDays(days), trigger, dp || trigger == ReviewTrigger.DIRECT_PAYMENT));
    }

    private static Gen<ReviewRequest> requests(LocalDate base) {
        return integers().between(0, 1_500).zip(Generate.pick(List.of(ParticipantRole.PERSON, ParticipantRole.CARER,
                        ParticipantRole.REPRESENTATIVE, ParticipantRole.ADVOCATE)),
                (days, role) -> new ReviewRequest(base.plusDays(days), role));
    }

    private static Gen<Optional<AgreedInterval>> agreed(LocalDate base) {
        return intervals(60, 14, ReviewAnchor.PREVIOUS_REVIEW)
                .zip(integers().between(0, 1_500), (interval, days) -> new AgreedInterval(interval, base.plusDays(days)))
                .toOptionals(50);
    }

    private static <T> Gen<Optional<T>> sometimes(Gen<T> gen, int percentEmpty) {
        return gen.toOptionals(percentEmpty);
    }

    private static Gen<ReviewFacts> facts() {
        return dates().flatMap(signedOff -> sometimes(integers().between(0, 200).map(signedOff::plusDays), 30)
                .zip(booleans().all(), sometimes(integers().between(-30, 400).map(signedOff::plusDays), 30),
                        lists().of(reviews(signedOff)).ofSizeBetween(0, 4),
                        (start, dp, firstPayment, held) -> new ReviewFacts(PLAN, CouncilId.of("testshire"), signedOff, start,
                                Optional.empty(), dp, firstPayment, held, Optional.empty(), List.of()))
                .zip(agreed(signedOff), lists().of(requests(signedOff)).ofSizeBetween(0, 3),
                        Generate.frequency(List.of(org.quicktheories.api.Pair.of(9, Generate.constant(Optional.<LocalDate>empty())),
                                org.quicktheories.api.Pair.of(1, integers().between(0, 900).map(d -> Optional.of(signedOff.plusDays(d)))))),
                        (f, agreed, requests, ended) -> new ReviewFacts(f.plan(), f.council(), f.signedOffOn(), f.supportStart(),
                                ended, f.hasDirectPayment(), f.firstDirectPayment(), f.reviews(), agreed, requests)));
    }

    private static Gen<Case> cases() {
        return facts().zip(validPolicies(), Case::new);
    }

    private static Optional<LocalDate> previousPlanReview(ReviewFacts f) {
        return f.reviews().stream().filter(r -> r.trigger() != ReviewTrigger.DIRECT_PAYMENT).map(Review::heldOn)
                .max(Comparator.naturalOrder());
    }

    private static Optional<LocalDate> previousDirectPaymentReview(ReviewFacts f) {
        LocalDate first = f.firstDirectPayment().orElseThrow();
        return f.reviews().stream().filter(r -> r.coversDirectPayment() && !r.heldOn().isBefore(first)).map(Review::heldOn)
                .max(Comparator.naturalOrder());
    }

    @Test
    void dueDatesNeverFallAfterTheStatutoryBoundForAnyStartDate() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            ReviewFacts f = c.facts();
            for (DueReview due : ReviewSchedule.of(f, c.policy()).due()) {
                switch (due.kind()) {
                    // "at least every 12 months": counted from the previous review of the plan, however it was set
                    case REGULAR -> assertThat(due.dueOn()).isBeforeOrEqualTo(previousPlanReview(f).orElseThrow().plusMonths(12));
                    // reg 7: "within the first 6 months of the direct payment being made"
                    case DIRECT_PAYMENT_FIRST -> assertThat(due.dueOn()).isBeforeOrEqualTo(f.firstDirectPayment().orElseThrow().plusMonths(6));
                    // reg 7: "at intervals not exceeding 12 months thereafter"
                    case DIRECT_PAYMENT_REGULAR -> assertThat(due.dueOn())
                            .isBeforeOrEqualTo(previousDirectPaymentReview(f).orElseThrow().plusMonths(12));
                    case INITIAL, ON_REQUEST -> {
                        // no statutory maximum: the council's choice, and "now"
                    }
                }
            }
        });
    }

    @Test
    void noReviewIsDueBeforeTheDateItIsCountedFromAndThatDateIsTheRightOne() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            ReviewFacts f = c.facts();
            for (DueReview due : ReviewSchedule.of(f, c.policy()).due()) {
                LocalDate anchor = switch (due.kind()) {
                    case INITIAL -> c.policy().initialReview().value().anchor() == ReviewAnchor.SUPPORT_START
                            ? f.supportStart().orElseThrow() : f.signedOffOn();
                    case REGULAR -> {
                        LocalDate previous = previousPlanReview(f).orElseThrow();
                        yield due.setBy() instanceof SetBy.Agreement a && a.agreed().agreedOn().isAfter(previous)
                                ? a.agreed().agreedOn() : previous;
                    }
                    case DIRECT_PAYMENT_FIRST -> f.firstDirectPayment().orElseThrow();
                    case DIRECT_PAYMENT_REGULAR -> previousDirectPaymentReview(f).orElseThrow();
                    case ON_REQUEST -> ((SetBy.Request) due.setBy()).request().requestedOn();
                };
                assertThat(due.countedFrom()).isEqualTo(anchor);
                assertThat(due.dueOn()).isAfterOrEqualTo(anchor);
            }
        });
    }

    @Test
    void theIntervalAgreedWithThePersonWinsWheneverItIsSooner() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            ReviewFacts f = c.facts();
            Optional<DueReview> regular = ReviewSchedule.of(f, c.policy()).find(ReviewKind.REGULAR);
            if (regular.isEmpty()) {
                return;
            }
            LocalDate previous = previousPlanReview(f).orElseThrow();
            LocalDate byPolicy = c.policy().regularReview().value().dueAfter(previous);
            if (f.agreedInterval().isEmpty()) {
                assertThat(regular.get().dueOn()).isEqualTo(byPolicy);
                assertThat(regular.get().setBy()).isEqualTo(new SetBy.Policy("regularReview", c.policy().regularReview()));
                return;
            }
            AgreedInterval agreed = f.agreedInterval().get();
            LocalDate byAgreement = agreed.interval().dueAfter(agreed.agreedOn().isAfter(previous) ? agreed.agreedOn() : previous);
            assertThat(regular.get().dueOn()).isEqualTo(byAgreement.isBefore(byPolicy) ? byAgreement : byPolicy);
            assertThat(regular.get().setBy() instanceof SetBy.Agreement).isEqualTo(byAgreement.isBefore(byPolicy));
        });
    }

    @Test
    void anOpenPlanHasOneReviewOfThePlanAndOneOfItsDirectPaymentAndAnEndedPlanHasNone() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            ReviewFacts f = c.facts();
            ReviewSchedule schedule = ReviewSchedule.of(f, c.policy());
            if (f.endedOn().isPresent()) {
                assertThat(schedule.due()).isEmpty();
                assertThat(schedule.unscheduled()).isEmpty();
                return;
            }
            long planReviews = schedule.due().stream().filter(d -> d.kind() == ReviewKind.INITIAL || d.kind() == ReviewKind.REGULAR).count()
                    + schedule.unscheduled().stream().filter(u -> u.kind() == ReviewKind.INITIAL).count();
            assertThat(planReviews).isEqualTo(1);
            assertThat(schedule.find(ReviewKind.INITIAL).isPresent() || schedule.unscheduled().stream().anyMatch(u -> u.kind() == ReviewKind.INITIAL))
                    .isEqualTo(previousPlanReview(f).isEmpty());
            long directPayment = schedule.due().stream()
                    .filter(d -> d.kind() == ReviewKind.DIRECT_PAYMENT_FIRST || d.kind() == ReviewKind.DIRECT_PAYMENT_REGULAR).count()
                    + schedule.unscheduled().stream().filter(u -> u.kind() == ReviewKind.DIRECT_PAYMENT_FIRST).count();
            assertThat(directPayment).isEqualTo(f.hasDirectPayment() ? 1 : 0);
            assertThat(schedule.due()).isSortedAccordingTo(Comparator.comparing(DueReview::dueOn));
            assertThat(schedule.due()).allMatch(d -> d.plan().equals(f.plan()) && d.council().equals(f.council()));
        });
    }

    @Test
    void everyOpenRequestIsDueOnTheDayItWasMadeAndAnsweredOnesAreGone() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            ReviewFacts f = c.facts();
            if (f.endedOn().isPresent()) {
                return;
            }
            List<LocalDate> open = f.requests().stream()
                    .filter(r -> f.reviews().stream().noneMatch(h -> h.trigger() != ReviewTrigger.DIRECT_PAYMENT
                            && !h.heldOn().isBefore(r.requestedOn())))
                    .map(ReviewRequest::requestedOn).sorted().toList();
            List<DueReview> onRequest = ReviewSchedule.of(f, c.policy()).due().stream()
                    .filter(d -> d.kind() == ReviewKind.ON_REQUEST).toList();
            assertThat(onRequest).extracting(DueReview::dueOn).containsExactlyElementsOf(open);
            assertThat(onRequest).allMatch(d -> d.dueOn().equals(d.countedFrom()) && d.setBy() instanceof SetBy.Request);
        });
    }

    @Test
    void aReviewIsOverdueExactlyFromTheDayAfterItsDueDate() {
        qt().withExamples(EXAMPLES).forAll(cases(), integers().between(-400, 400)).checkAssert((c, offset) -> {
            for (DueReview due : ReviewSchedule.of(c.facts(), c.policy()).due()) {
                LocalDate today = due.dueOn().plusDays(offset);
                assertThat(due.overdueOn(today)).isEqualTo(offset > 0);
            }
        });
    }

    @Test
    void everyDateNamesTheRuleAndTheSettingThatSetIt() {
        qt().withExamples(500).forAll(cases()).checkAssert(c -> {
            for (DueReview due : ReviewSchedule.of(c.facts(), c.policy()).due()) {
                assertThat(due.rule()).isEqualTo(due.kind().rule());
                if (due.setBy() instanceof SetBy.Policy p) {
                    assertThat(List.of(c.policy().initialReview(), c.policy().regularReview(), c.policy().directPaymentFirstReview(),
                            c.policy().directPaymentRegularReview())).contains(p.setting());
                    assertThat(p.label()).isEqualTo(p.setting().isDefault() ? "national default" : "council's own");
                    assertThat(due.source()).isEqualTo(p.setting().source());
                } else if (due.setBy() instanceof SetBy.Agreement) {
                    assertThat(due.kind()).isEqualTo(ReviewKind.REGULAR);
                    assertThat(due.source()).isEqualTo(ReviewPolicy.AGREED_INTERVAL_GUIDANCE);
                } else {
                    assertThat(due.kind()).isEqualTo(ReviewKind.ON_REQUEST);
                    assertThat(due.source()).isEqualTo(ReviewRequest.SOURCE);
                }
            }
        });
    }
}
