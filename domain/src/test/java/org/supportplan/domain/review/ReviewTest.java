package org.supportplan.domain.review;

import org.supportplan.domain.plan.EnglandCalendar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.supportplan.domain.review.ReviewFixtures.PLAN;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.NeedId;
import org.supportplan.domain.plan.OutcomeId;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SignOff;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.testdata.PlanFixtures;
import org.supportplan.domain.validation.InvalidValueException;

/** The review record: who must take part, how budget use is shown, what each outcome leads to. */
class ReviewTest {

    private static final LocalDate HELD = LocalDate.of(2026, 6, 3);
    private static final List<BudgetUse> USE = List.of(
            BudgetUse.forNeed(NeedId.of("n1"), Narrative.of("PA every morning for washing and dressing")),
            BudgetUse.forOutcome(OutcomeId.of("o2"), Narrative.of("Day centre twice a week; sees friends there")));

    private static Review review(Set<ParticipantRole> participants, ReviewTrigger trigger, ReviewOutcome outcome, boolean coversDp) {
        return new Review(ReviewId.random(), PLAN, 2, HELD, trigger, ReviewMethod.MEETING, participants, USE, outcome, coversDp);
    }

    @Test
    void aReviewRecordsWhenHowWhoTheBudgetUseAndTheOutcome() {
        Review review = review(Set.of(ParticipantRole.PERSON, ParticipantRole.CARER, ParticipantRole.CARE_MANAGER,
                ParticipantRole.FINANCE_OFFICER), ReviewTrigger.SCHEDULED_REGULAR, ReviewOutcome.NO_CHANGE, true);

        assertThat(review.heldOn()).isEqualTo(HELD);
        assertThat(review.method()).isEqualTo(ReviewMethod.MEETING);
        assertThat(review.participants()).containsExactly(ParticipantRole.PERSON, ParticipantRole.CARER,
                ParticipantRole.CARE_MANAGER, ParticipantRole.FINANCE_OFFICER);
        assertThat(review.budgetUse()).extracting(BudgetUse::key).containsExactly("need:n1", "outcome:o2");
        assertThat(review.reviewsPlan()).isTrue();
        assertThat(review.reassessmentRequest()).isEmpty();
        assertThat(review.toString()).doesNotContain("PA every morning");
    }

    @Test
    void thePersonTheirRepresentativeOrAnAdvocateMustTakePart() {
        for (ParticipantRole speaks : List.of(ParticipantRole.PERSON, ParticipantRole.REPRESENTATIVE, ParticipantRole.ADVOCATE)) {
            assertThat(review(Set.of(speaks, ParticipantRole.CARE_MANAGER), ReviewTrigger.SCHEDULED_REGULAR, ReviewOutcome.NO_CHANGE, false)
                    .participants()).contains(speaks);
        }
        assertThatThrownBy(() -> review(EnumSet.of(ParticipantRole.CARER, ParticipantRole.CARE_MANAGER, ParticipantRole.PROVIDER,
                ParticipantRole.CARE_WORKER, ParticipantRole.FINANCE_OFFICER), ReviewTrigger.SCHEDULED_REGULAR, ReviewOutcome.NO_CHANGE, false))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("review.person-involved");
                    assertThat(e.field()).isEqualTo("participants");
                    assertThat(e.source()).contains("Care Act 2014 s.27(2)(b)");
                });
        assertThatThrownBy(() -> review(Set.of(), ReviewTrigger.SCHEDULED_REGULAR, ReviewOutcome.NO_CHANGE, false))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("review.person-involved"));
    }

    @Test
    void eachNeedOrOutcomeIsDescribedOnceButANeedAndAnOutcomeMayShareAnId() {
        List<BudgetUse> twice = List.of(BudgetUse.forNeed(NeedId.of("n1"), Narrative.of("a")), BudgetUse.forNeed(NeedId.of("n1"), Narrative.of("b")));
        assertThatThrownBy(() -> new Review(ReviewId.random(), PLAN, 1, HELD, ReviewTrigger.SCHEDULED_REGULAR, ReviewMethod.PHONE_CALL,
                Set.of(ParticipantRole.PERSON), twice, ReviewOutcome.NO_CHANGE, false))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("review.budget-use-duplicate");
                    assertThat(e.field()).isEqualTo("budgetUse[1]");
                });
        assertThatThrownBy(() -> new Review(ReviewId.random(), PLAN, 1, HELD, ReviewTrigger.SCHEDULED_REGULAR, ReviewMethod.PHONE_CALL,
                Set.of(ParticipantRole.PERSON), java.util.Arrays.asList((BudgetUse) null), ReviewOutcome.NO_CHANGE, false))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("budgetUse[0]"));
        List<BudgetUse> shared = List.of(BudgetUse.forNeed(NeedId.of("x1"), Narrative.of("a")), BudgetUse.forOutcome(OutcomeId.of("x1"), Narrative.of("b")));
        assertThat(new Review(ReviewId.random(), PLAN, 1, HELD, ReviewTrigger.SCHEDULED_REGULAR, ReviewMethod.VIDEO_CALL,
                Set.of(ParticipantRole.PERSON), shared, ReviewOutcome.NO_CHANGE, false).budgetUse()).hasSize(2);
    }

    @Test
    void aDirectPaymentReviewCoversTheDirectPaymentAndIsNotAReviewOfThePlan() {
        assertThatThrownBy(() -> review(Set.of(ParticipantRole.PERSON), ReviewTrigger.DIRECT_PAYMENT, ReviewOutcome.NO_CHANGE, false))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("review.direct-payment-covered"));
        Review dp = review(Set.of(ParticipantRole.PERSON, ParticipantRole.FINANCE_OFFICER), ReviewTrigger.DIRECT_PAYMENT,
                ReviewOutcome.NO_CHANGE, true);
        assertThat(dp.reviewsPlan()).isFalse();
    }

    @Test
    void aMinorChangeRevisesThePlanAndASignificantChangeRaisesAReassessmentRequest() {
        ReviewOutcome minor = new ReviewOutcome.MinorChange(Narrative.of("Move the Tuesday session to Thursday"));
        assertThat(minor.revisesPlan()).isTrue();
        assertThat(minor.raisesReassessment()).isFalse();
        assertThat(review(Set.of(ParticipantRole.PERSON), ReviewTrigger.SCHEDULED_REGULAR, minor, false).reassessmentRequest()).isEmpty();
        assertThat(ReviewOutcome.NO_CHANGE.revisesPlan()).isFalse();

        Narrative why = Narrative.of("Two falls since March; now needs help at night");
        Review significant = review(Set.of(ParticipantRole.REPRESENTATIVE), ReviewTrigger.ON_REQUEST, new ReviewOutcome.SignificantChange(why), false);
        ReassessmentRequest request = significant.reassessmentRequest().orElseThrow();
        assertThat(request).isEqualTo(new ReassessmentRequest(PLAN, significant.id(), HELD, why));
        assertThat(significant.outcome().raisesReassessment()).isTrue();
        assertThat(ReassessmentRequest.SOURCE.citation()).contains("up or down");
    }

    @Test
    void aRequestIsMadeByOrForThePersonAndAnsweredByAPlanReviewOnOrAfterIt() {
        assertThatThrownBy(() -> new ReviewRequest(HELD, ParticipantRole.PROVIDER))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("review.request-by");
                    assertThat(e.field()).isEqualTo("requestedBy");
                });
        ReviewRequest request = new ReviewRequest(HELD, ParticipantRole.PERSON);
        assertThat(request.answeredBy(ReviewFixtures.review(HELD, ReviewTrigger.SCHEDULED_REGULAR, false))).isTrue();
        assertThat(request.answeredBy(ReviewFixtures.review(HELD.minusDays(1), ReviewTrigger.ON_REQUEST, false))).isFalse();
        assertThat(request.answeredBy(ReviewFixtures.review(HELD.plusDays(3), ReviewTrigger.DIRECT_PAYMENT, true))).isFalse();
    }

    @Test
    void theFactsOfAPlanComeFromTheVersionInForceWithItsSignOffDayInEngland() {
        // 23:30 UTC on 31 May is 00:30 BST on 1 June
        SupportPlan active = SupportPlan.restore(PLAN, 2, PersonId.of("P-100234"), CouncilId.of("bury"), PlanStatus.ACTIVE,
                PlanFixtures.CREATED_AT, PlanFixtures.completeContent(), List.of(),
                new SignOff("CM-0042", Instant.parse("2026-05-31T23:30:00Z"), Money.parse("16000.00")), LocalDate.of(2026, 6, 8), null);

        ReviewFacts facts = ReviewFacts.of(active, Optional.of(LocalDate.of(2026, 6, 12)), List.of(), Optional.empty(), List.of());
        assertThat(facts.signedOffOn()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(facts.supportStart()).contains(LocalDate.of(2026, 6, 8));
        assertThat(facts.hasDirectPayment()).isTrue();
        assertThat(facts.council()).isEqualTo(CouncilId.of("bury"));
        assertThat(facts.endedOn()).isEmpty();

        assertThatThrownBy(() -> ReviewFacts.of(PlanFixtures.aDraftPlan(), Optional.empty(), List.of(), Optional.empty(), List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("review.plan-in-force"));
    }

    @Test
    void todayIsTheDateInEnglandByTheInjectedClock() {
        java.time.Clock clock = java.time.Clock.fixed(Instant.parse("2026-03-29T23:30:00Z"), java.time.ZoneOffset.UTC);
        assertThat(EnglandCalendar.today(clock)).isEqualTo(LocalDate.of(2026, 3, 30));
        java.time.Clock winter = java.time.Clock.fixed(Instant.parse("2026-01-31T23:30:00Z"), java.time.ZoneOffset.UTC);
        assertThat(EnglandCalendar.today(winter)).isEqualTo(LocalDate.of(2026, 1, 31));
    }

    @Test
    void idsParseTheirOwnTextAndRefuseAnythingElse() {
        ReviewId id = ReviewId.random();
        assertThat(ReviewId.parse(id.toString())).isEqualTo(id);
        assertThatThrownBy(() -> ReviewId.parse("review-1"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("review-id.format"));
    }
}
