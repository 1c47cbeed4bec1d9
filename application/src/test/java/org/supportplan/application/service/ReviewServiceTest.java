package org.supportplan.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supportplan.application.audit.Actor;
import org.supportplan.application.audit.AuditAction;
import org.supportplan.application.port.ChangeContext;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.in.PlanChange;
import org.supportplan.application.port.in.PlanCommand;
import org.supportplan.application.port.in.RecordReviewCommand;
import org.supportplan.application.port.in.ReviewChange;
import org.supportplan.application.port.in.ReviewUseCase.CaseloadOutcome;
import org.supportplan.application.port.in.ReviewUseCase.ScheduleOutcome;
import org.supportplan.application.port.in.SignOffCommand;
import org.supportplan.application.port.out.CouncilProfiles;
import org.supportplan.application.testdata.InMemoryStore;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SignOff;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.profile.ReviewAnchor;
import org.supportplan.domain.profile.ReviewInterval;
import org.supportplan.domain.review.CompletedReassessment;
import org.supportplan.domain.review.DueReview;
import org.supportplan.domain.review.ParticipantRole;
import org.supportplan.domain.review.ReviewKind;
import org.supportplan.domain.review.ReviewMethod;
import org.supportplan.domain.review.ReviewOutcome;
import org.supportplan.domain.review.ReviewTrigger;
import org.supportplan.domain.review.Window;
import org.supportplan.domain.testdata.PlanFixtures;
import org.supportplan.domain.testdata.ProfileFixtures;
import org.supportplan.domain.validation.InvalidValueException;

class ReviewServiceTest {

    private static final Instant TODAY = Instant.parse("2026-06-01T09:00:00Z");
    private static final Actor MANAGER = Actor.of("CM-0042");
    private static final LocalDate SUPPORT_START = LocalDate.of(2026, 3, 16);

    private final InMemoryStore store = new InMemoryStore();
    private final CouncilProfiles profiles = new CouncilProfiles() {
        @Override
        public List<CouncilProfile> all() {
            return List.of(ProfileFixtures.bury(), ProfileFixtures.derbyshire());
        }

        @Override
        public Optional<CouncilProfile> find(CouncilId council) {
            return all().stream().filter(p -> p.id().equals(council)).findFirst();
        }
    };
    private final Clock clock = Clock.fixed(TODAY, ZoneOffset.UTC);
    private final ReviewService reviews = new ReviewService(store.plans(), store.reviews(), store.accounts(), store.auditTrail(),
            profiles, clock);
    private final PlanLifecycleService lifecycle = new PlanLifecycleService(store.plans(), store.auditTrail(), profiles, clock);

    /** An active Bury plan, signed off on 2 March 2026, support from 16 March 2026. */
    private SupportPlan activeBuryPlan(PlanId id) {
        Instant signedOff = Instant.parse("2026-03-02T10:00:00Z");
        SupportPlan plan = SupportPlan.restore(id, 1, PersonId.of("B-1"), CouncilId.of("bury"), PlanStatus.ACTIVE, signedOff,
                PlanFixtures.completeContent().toBuilder().budget(PlanFixtures.completeContent().budget().withFinal(
                        Money.parse("16000.00"))).build(), List.of(), new SignOff("CM-0042", signedOff, Money.parse("16000.00")),
                SUPPORT_START, null);
        store.put(plan);
        return plan;
    }

    private static RecordReviewCommand review(PlanId id, LocalDate heldOn, ReviewOutcome outcome) {
        return new RecordReviewCommand(id, heldOn, ReviewTrigger.SCHEDULED_INITIAL, ReviewMethod.HOME_VISIT,
                Set.of(ParticipantRole.PERSON, ParticipantRole.CARE_WORKER), List.of(), outcome, false);
    }

    @Test
    void buryInitialReviewIsDueTwelveWeeksAfterSupportStarted() {
        PlanId id = activeBuryPlan(PlanFixtures.PLAN_ID).id();

        ScheduleOutcome outcome = reviews.schedule(id, MANAGER);

        assertThat(outcome).isInstanceOfSatisfying(ScheduleOutcome.Scheduled.class, scheduled -> {
            DueReview initial = scheduled.schedule().find(ReviewKind.INITIAL).orElseThrow();
            assertThat(initial.dueOn()).isEqualTo(LocalDate.of(2026, 6, 8));
            assertThat(initial.countedFrom()).isEqualTo(SUPPORT_START);
        });
        assertThat(store.entries()).extracting(e -> e.event().action()).containsExactly(AuditAction.PLAN_READ);
    }

    @Test
    void aReviewWithNoChangeIsRecordedAndMovesTheNextReviewToAYearLater() {
        PlanId id = activeBuryPlan(PlanFixtures.PLAN_ID).id();

        ReviewChange change = reviews.record(review(id, LocalDate.of(2026, 5, 28), new ReviewOutcome.NoChange()),
                ChangeContext.by(MANAGER, Revision.FIRST));

        assertThat(change).isInstanceOfSatisfying(ReviewChange.Recorded.class, recorded -> {
            assertThat(recorded.revision()).isEqualTo(new Revision(2));
            assertThat(recorded.review().planVersion()).isEqualTo(1);
            assertThat(recorded.plan().version()).isEqualTo(1);
        });
        ScheduleOutcome.Scheduled scheduled = (ScheduleOutcome.Scheduled) reviews.schedule(id, MANAGER);
        assertThat(scheduled.schedule().find(ReviewKind.INITIAL)).isEmpty();
        assertThat(scheduled.schedule().find(ReviewKind.REGULAR).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2027, 5, 28));
        assertThat(store.entries()).extracting(e -> e.event().action()).contains(AuditAction.REVIEW_RECORDED);
    }

    @Test
    void aMinorChangeRevisesThePlanAsANewDraftVersionInTheSameWrite() {
        PlanId id = activeBuryPlan(PlanFixtures.PLAN_ID).id();

        ReviewChange change = reviews.record(review(id, LocalDate.of(2026, 5, 28),
                new ReviewOutcome.MinorChange(Narrative.of("Move the day centre to Tuesdays"))), ChangeContext.by(MANAGER));

        assertThat(change).isInstanceOfSatisfying(ReviewChange.Recorded.class, recorded -> {
            assertThat(recorded.plan().version()).isEqualTo(2);
            assertThat(recorded.plan().status()).isEqualTo(PlanStatus.DRAFT);
        });
        assertThat(store.plans().history(id)).extracting(SupportPlan::status).containsExactly(PlanStatus.ACTIVE, PlanStatus.DRAFT);
        assertThat(store.writes()).isEqualTo(1);
    }

    @Test
    void aSignificantChangeRaisesAReassessmentRequest() {
        PlanId id = activeBuryPlan(PlanFixtures.PLAN_ID).id();

        ReviewChange change = reviews.record(review(id, LocalDate.of(2026, 5, 28),
                new ReviewOutcome.SignificantChange(Narrative.of("Two falls since March; needs help at night"))), ChangeContext.by(MANAGER));

        assertThat(change).isInstanceOfSatisfying(ReviewChange.Recorded.class,
                recorded -> assertThat(recorded.review().reassessmentRequest()).isPresent());
        assertThat(store.plans().history(id)).hasSize(1);
    }

    @Test
    void reviewsThatCannotBeRecordedAreRefusedAndNothingIsWritten() {
        PlanId id = activeBuryPlan(PlanFixtures.PLAN_ID).id();

        assertThat(reviews.record(review(id, LocalDate.of(2026, 6, 2), new ReviewOutcome.NoChange()), ChangeContext.by(MANAGER)))
                .isInstanceOfSatisfying(ReviewChange.Refused.class, r -> assertThat(r.rule().value()).isEqualTo("review.held-in-future"));
        assertThat(reviews.record(review(id, LocalDate.of(2026, 2, 1), new ReviewOutcome.NoChange()), ChangeContext.by(MANAGER)))
                .isInstanceOfSatisfying(ReviewChange.Refused.class, r -> assertThat(r.rule().value()).isEqualTo("review.plan-in-force"));
        assertThat(reviews.record(review(id, LocalDate.of(2026, 5, 28), new ReviewOutcome.NoChange()),
                ChangeContext.by(MANAGER, new Revision(7)))).isEqualTo(new ReviewChange.Stale(id, Revision.FIRST));
        assertThatThrownBy(() -> reviews.record(new RecordReviewCommand(id, LocalDate.of(2026, 5, 28), ReviewTrigger.SCHEDULED_INITIAL,
                ReviewMethod.PHONE_CALL, Set.of(ParticipantRole.CARE_MANAGER), List.of(), new ReviewOutcome.NoChange(), false),
                ChangeContext.by(MANAGER))).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).ruleId()).isEqualTo("review.person-involved"));
        assertThatThrownBy(() -> reviews.record(new RecordReviewCommand(id, LocalDate.of(2026, 5, 28), ReviewTrigger.SCHEDULED_INITIAL,
                ReviewMethod.PHONE_CALL, Set.of(ParticipantRole.PERSON), List.of(org.supportplan.domain.review.BudgetUse.forNeed(
                        org.supportplan.domain.plan.NeedId.of("n9"), Narrative.of("Spent on a gym"))), new ReviewOutcome.NoChange(), false),
                ChangeContext.by(MANAGER))).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("budgetUse[0]"));
        PlanId missing = PlanId.random();
        assertThat(reviews.record(review(missing, LocalDate.of(2026, 5, 28), new ReviewOutcome.NoChange()), ChangeContext.by(MANAGER)))
                .isEqualTo(new ReviewChange.NotFound(missing));
        assertThat(store.writes()).isZero();
        assertThat(store.entries()).isEmpty();
    }

    @Test
    void aRequestIsDueOnTheDayItWasMadeAndAnAgreedIntervalMustBeShorter() {
        PlanId id = activeBuryPlan(PlanFixtures.PLAN_ID).id();

        assertThat(reviews.request(id, LocalDate.of(2026, 5, 30), ParticipantRole.CARER, MANAGER))
                .isInstanceOf(ReviewChange.Requested.class);
        assertThat(reviews.agreeInterval(id, new ReviewInterval(3, ReviewInterval.Unit.MONTHS, ReviewAnchor.PREVIOUS_REVIEW), MANAGER))
                .isInstanceOf(ReviewChange.Agreed.class);
        assertThat(reviews.agreeInterval(id, new ReviewInterval(12, ReviewInterval.Unit.MONTHS, ReviewAnchor.PREVIOUS_REVIEW),
                MANAGER)).isInstanceOfSatisfying(ReviewChange.Refused.class,
                        r -> assertThat(r.rule().value()).isEqualTo("review.agreed-interval-not-shorter"));

        ScheduleOutcome.Scheduled scheduled = (ScheduleOutcome.Scheduled) reviews.schedule(id, MANAGER);
        assertThat(scheduled.schedule().find(ReviewKind.ON_REQUEST).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 5, 30));
    }

    @Test
    void theCaseloadListsOverdueAndDueReviewsOfTheCouncilSortedByDueDate() {
        activeBuryPlan(new PlanId(new UUID(0, 1)));
        SupportPlan later = activeBuryPlan(new PlanId(new UUID(0, 2)));
        reviews.record(review(later.id(), LocalDate.of(2026, 5, 15), new ReviewOutcome.NoChange()), ChangeContext.by(MANAGER));
        reviews.request(later.id(), LocalDate.of(2026, 5, 20), ParticipantRole.PERSON, MANAGER);

        CaseloadOutcome outcome = reviews.caseload(CouncilId.of("bury"), Window.parse("30d"), MANAGER);

        assertThat(outcome).isInstanceOfSatisfying(CaseloadOutcome.Listed.class, listed -> {
            assertThat(listed.caseload().overdue()).extracting(DueReview::plan, DueReview::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(later.id(), ReviewKind.ON_REQUEST));
            assertThat(listed.caseload().dueInWindow()).extracting(DueReview::dueOn).containsExactly(LocalDate.of(2026, 6, 8));
        });
        assertThat(reviews.caseload(CouncilId.of("kent"), Window.parse("30d"), MANAGER))
                .isEqualTo(new CaseloadOutcome.UnknownCouncil(CouncilId.of("kent")));
    }

    @Test
    void aRevisedVersionCannotCutTheBudgetWithoutACompletedReassessment() {
        PlanId id = activeBuryPlan(PlanFixtures.PLAN_ID).id();
        reviews.record(review(id, LocalDate.of(2026, 5, 28), new ReviewOutcome.MinorChange(Narrative.of("Fewer PA hours"))),
                ChangeContext.by(MANAGER));
        lifecycle.submit(new PlanCommand(id), ChangeContext.by(MANAGER));

        PlanChange cut = lifecycle.signOff(new SignOffCommand(id, "CM-0042", Money.parse("15000.00")), ChangeContext.by(MANAGER));
        assertThat(cut).isInstanceOfSatisfying(PlanChange.Refused.class,
                r -> assertThat(r.rule().value()).isEqualTo("review.budget-cut-needs-reassessment"));

        PlanChange allowed = lifecycle.signOff(new SignOffCommand(id, "CM-0042", Money.parse("15000.00"),
                Optional.of(new CompletedReassessment("RA-2026-118", LocalDate.of(2026, 5, 30)))), ChangeContext.by(MANAGER));
        assertThat(allowed).isInstanceOfSatisfying(PlanChange.Changed.class,
                c -> assertThat(c.plan().status()).isEqualTo(PlanStatus.AGREED));
    }
}
