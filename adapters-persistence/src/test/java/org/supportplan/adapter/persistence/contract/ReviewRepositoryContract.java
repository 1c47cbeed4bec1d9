package org.supportplan.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.supportplan.application.audit.AuditAction;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.application.port.out.ReviewRepository;
import org.supportplan.application.port.out.ReviewRepository.ReviewCase;
import org.supportplan.domain.account.AccountId;
import org.supportplan.domain.account.DirectPaymentAccount;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.profile.ReviewAnchor;
import org.supportplan.domain.profile.ReviewInterval;
import org.supportplan.domain.review.AgreedInterval;
import org.supportplan.domain.review.BudgetUse;
import org.supportplan.domain.review.ParticipantRole;
import org.supportplan.domain.review.Review;
import org.supportplan.domain.review.ReviewId;
import org.supportplan.domain.review.ReviewMethod;
import org.supportplan.domain.review.ReviewOutcome;
import org.supportplan.domain.review.ReviewRequest;
import org.supportplan.domain.review.ReviewTrigger;
import org.supportplan.domain.testdata.AccountFixtures;
import org.supportplan.domain.testdata.PlanFixtures;

/**
 * What every {@link ReviewRepository} must do (part of {@link StoreContract}): record a review only on the
 * plan's current revision, with the version it starts and its audit event, all or nothing; keep requests and
 * agreed intervals; and page through a council's caseload with everything a review schedule needs.
 */
public interface ReviewRepositoryContract extends ContractStore {

    /** The fixture plan, agreed and active, stored at the first revision. */
    private SupportPlan storedAgreedPlan() {
        SupportPlan plan = AccountFixtures.history().get(0);
        plans().create(plan, ContractFixtures.created(plan));
        return plan;
    }

    private static Review review(SupportPlan plan, ReviewOutcome outcome) {
        return new Review(ReviewId.random(), plan.id(), plan.version(), LocalDate.of(2027, 3, 1), ReviewTrigger.SCHEDULED_INITIAL,
                ReviewMethod.HOME_VISIT, Set.of(ParticipantRole.PERSON, ParticipantRole.CARE_MANAGER),
                List.of(BudgetUse.forNeed(PlanFixtures.HYGIENE, Narrative.of("A personal assistant every morning"))),
                outcome, true);
    }

    private static AuditEvent reviewed(SupportPlan before, SupportPlan after) {
        return AuditEvent.change(ContractFixtures.T0, ContractFixtures.ACTOR, AuditAction.REVIEW_RECORDED, before, after);
    }

    @Test
    default void aReviewIsRecordedOnTheCurrentRevisionWithItsAuditEvent() {
        SupportPlan plan = storedAgreedPlan();
        Review review = review(plan, ReviewOutcome.NO_CHANGE);

        PlanRepository.Update update = store().reviews().record(review, Revision.FIRST, List.of(), reviewed(plan, plan));

        assertThat(update).isEqualTo(new PlanRepository.Update.Written(new Revision(2)));
        assertThat(store().reviews().reviews(plan.id())).containsExactly(review);
        assertThat(plans().findById(plan.id()).orElseThrow().revision()).isEqualTo(new Revision(2));
        assertThat(trail().entries(1, 10)).hasSize(2).last().satisfies(e -> assertThat(e.event().action()).isEqualTo(AuditAction.REVIEW_RECORDED));
    }

    @Test
    default void aMinorChangeStoresTheNewDraftWithTheReview() {
        SupportPlan plan = storedAgreedPlan();
        SupportPlan draft = ContractFixtures.version(plan.id(), 2, PlanStatus.DRAFT, "Revised after the review");
        SupportPlan renumbered = SupportPlan.restore(plan.id(), 2, plan.person(), plan.council(), PlanStatus.DRAFT, draft.createdAt(),
                draft.content(), List.of(), null, null, null);
        Review review = review(plan, new ReviewOutcome.MinorChange(Narrative.of("One more morning of support")));

        store().reviews().record(review, Revision.FIRST, List.of(renumbered), reviewed(plan, renumbered));

        assertThat(plans().history(plan.id())).containsExactly(plan, renumbered);
        assertThat(store().reviews().reviews(plan.id())).containsExactly(review);
    }

    @Test
    default void aReviewOnAStaleRevisionWritesNothing() {
        SupportPlan plan = storedAgreedPlan();
        plans().update(plan.id(), Revision.FIRST, List.of(plan), ContractFixtures.changed(plan, plan));

        PlanRepository.Update update = store().reviews().record(review(plan, ReviewOutcome.NO_CHANGE), Revision.FIRST, List.of(),
                reviewed(plan, plan));

        assertThat(update).isEqualTo(new PlanRepository.Update.Stale(new Revision(2)));
        assertThat(store().reviews().reviews(plan.id())).isEmpty();
        assertThat(trail().entries(1, 10)).hasSize(2);
    }

    @Test
    default void aReviewOfAMissingPlanWritesNothing() {
        SupportPlan plan = AccountFixtures.history().get(0);

        assertThat(store().reviews().record(review(plan, ReviewOutcome.NO_CHANGE), Revision.FIRST, List.of(), reviewed(plan, plan)))
                .isInstanceOf(PlanRepository.Update.Missing.class);
        assertThat(trail().entries(1, 10)).isEmpty();
    }

    @Test
    default void aReviewIsNeverRecordedTwice() {
        SupportPlan plan = storedAgreedPlan();
        Review review = review(plan, ReviewOutcome.NO_CHANGE);
        store().reviews().record(review, Revision.FIRST, List.of(), reviewed(plan, plan));

        assertThatThrownBy(() -> store().reviews().record(review, new Revision(2), List.of(), reviewed(plan, plan)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(review.id().toString());
        assertThat(store().reviews().reviews(plan.id())).containsExactly(review);
        assertThat(plans().findById(plan.id()).orElseThrow().revision()).isEqualTo(new Revision(2));
        assertThat(trail().entries(1, 10)).hasSize(2);
    }

    @Test
    default void requestsAreKeptInOrderAndAnAgreementReplacesTheOneBefore() {
        SupportPlan plan = storedAgreedPlan();
        ReviewRequest first = new ReviewRequest(LocalDate.of(2027, 4, 1), ParticipantRole.PERSON);
        ReviewRequest second = new ReviewRequest(LocalDate.of(2027, 3, 1), ParticipantRole.CARER);
        AgreedInterval six = new AgreedInterval(new ReviewInterval(6, ReviewInterval.Unit.MONTHS, ReviewAnchor.PREVIOUS_REVIEW),
                LocalDate.of(2027, 2, 1));
        AgreedInterval three = new AgreedInterval(new ReviewInterval(3, ReviewInterval.Unit.MONTHS, ReviewAnchor.PREVIOUS_REVIEW),
                LocalDate.of(2027, 5, 1));

        store().reviews().request(plan.id(), first, ContractFixtures.changed(plan, plan));
        store().reviews().request(plan.id(), second, ContractFixtures.changed(plan, plan));
        store().reviews().agree(plan.id(), six, ContractFixtures.changed(plan, plan));
        store().reviews().agree(plan.id(), three, ContractFixtures.changed(plan, plan));

        assertThat(store().reviews().requests(plan.id())).containsExactly(first, second);
        assertThat(store().reviews().agreedInterval(plan.id())).contains(three);
        assertThat(trail().entries(1, 10)).hasSize(5);
        assertThat(store().reviews().agreedInterval(PlanId.random())).isEmpty();
        assertThat(store().reviews().requests(PlanId.random())).isEmpty();
    }

    @Test
    default void aRequestForAMissingPlanIsRefusedAndWritesNothing() {
        SupportPlan missing = AccountFixtures.history().get(0);

        assertThatThrownBy(() -> store().reviews().request(missing.id(), new ReviewRequest(LocalDate.of(2027, 4, 1),
                ParticipantRole.PERSON), ContractFixtures.changed(missing, missing))).isInstanceOf(IllegalStateException.class);
        assertThat(trail().entries(1, 10)).isEmpty();
    }

    @Test
    default void aCaseloadPageHoldsTheCouncilsPlansInForceWithTheirFacts() {
        CouncilId derbyshire = CouncilId.of("derbyshire");
        SupportPlan agreed = storedAgreedPlan();
        SupportPlan otherCouncil = agreedCopy(PlanId.random(), CouncilId.of("bury"));
        SupportPlan draftOnly = ContractFixtures.draft(PlanId.random(), "Never agreed");
        SupportPlan second = agreedCopy(PlanId.random(), derbyshire);
        for (SupportPlan plan : List.of(otherCouncil, draftOnly, second)) {
            plans().create(plan, ContractFixtures.created(plan));
        }
        Review review = review(agreed, ReviewOutcome.NO_CHANGE);
        store().reviews().record(review, Revision.FIRST, List.of(), reviewed(agreed, agreed));
        ReviewRequest request = new ReviewRequest(LocalDate.of(2027, 4, 1), ParticipantRole.PERSON);
        store().reviews().request(agreed.id(), request, ContractFixtures.changed(agreed, agreed));
        store().accounts().open(AccountFixtures.account(LocalDate.of(2027, 2, 1)), ContractFixtures.changed(agreed, agreed));
        store().accounts().open(new DirectPaymentAccount(AccountId.of("DP-2"), agreed.id(), AccountFixtures.account().monitoring(),
                LocalDate.of(2027, 1, 10)), ContractFixtures.changed(agreed, agreed));

        List<ReviewCase> all = store().reviews().casesOf(derbyshire, Optional.empty(), 10);

        assertThat(all).extracting(c -> c.inForce().id()).containsExactlyInAnyOrder(agreed.id(), second.id());
        ReviewCase ofAgreed = all.stream().filter(c -> c.inForce().id().equals(agreed.id())).findFirst().orElseThrow();
        assertThat(ofAgreed.inForce()).isEqualTo(agreed);
        assertThat(ofAgreed.reviews()).containsExactly(review);
        assertThat(ofAgreed.requests()).containsExactly(request);
        assertThat(ofAgreed.agreedInterval()).isEmpty();
        assertThat(ofAgreed.firstDirectPayment()).contains(LocalDate.of(2027, 1, 10));
        ReviewCase firstPage = store().reviews().casesOf(derbyshire, Optional.empty(), 1).get(0);
        List<ReviewCase> secondPage = store().reviews().casesOf(derbyshire, Optional.of(firstPage.inForce().id()), 1);
        assertThat(secondPage).singleElement().satisfies(c -> assertThat(c.inForce().id()).isNotEqualTo(firstPage.inForce().id()));
        assertThat(store().reviews().casesOf(derbyshire, Optional.of(secondPage.get(0).inForce().id()), 1)).isEmpty();
        assertThat(store().reviews().casesOf(derbyshire, Optional.empty(), 0)).isEmpty();
    }

    @Test
    default void restoredReviewsRequestsAndIntervalAreKeptExactlyWithNoEventAndTheRevisionAsItWas() {
        SupportPlan plan = AccountFixtures.history().get(0);
        plans().restore(List.of(plan), new Revision(5));
        Review first = review(plan, ReviewOutcome.NO_CHANGE);
        Review second = review(plan, new ReviewOutcome.SignificantChange(Narrative.of("Needs have grown")));
        ReviewRequest later = new ReviewRequest(LocalDate.of(2027, 4, 1), ParticipantRole.PERSON);
        ReviewRequest earlier = new ReviewRequest(LocalDate.of(2027, 3, 1), ParticipantRole.CARER);
        AgreedInterval interval = new AgreedInterval(new ReviewInterval(6, ReviewInterval.Unit.MONTHS, ReviewAnchor.PREVIOUS_REVIEW),
                LocalDate.of(2027, 2, 1));

        store().reviews().restore(first);
        store().reviews().restore(second);
        store().reviews().restore(plan.id(), later);
        store().reviews().restore(plan.id(), earlier);
        store().reviews().restore(plan.id(), interval);

        assertThat(store().reviews().reviews(plan.id())).containsExactly(first, second);
        assertThat(store().reviews().requests(plan.id())).containsExactly(later, earlier);
        assertThat(store().reviews().agreedInterval(plan.id())).contains(interval);
        assertThat(plans().findById(plan.id()).orElseThrow().revision()).isEqualTo(new Revision(5));
        assertThat(trail().entries(1, 10)).isEmpty();
        assertThat(store().reviews().casesOf(plan.council(), Optional.empty(), 10)).singleElement().satisfies(c -> {
            assertThat(c.reviews()).containsExactly(first, second);
            assertThat(c.requests()).containsExactly(later, earlier);
            assertThat(c.agreedInterval()).contains(interval);
        });
        // The plan goes on from the restored state: the next review follows the restored ones.
        Review next = review(plan, ReviewOutcome.NO_CHANGE);
        assertThat(store().reviews().record(next, new Revision(5), List.of(), reviewed(plan, plan)))
                .isEqualTo(new PlanRepository.Update.Written(new Revision(6)));
        assertThat(store().reviews().reviews(plan.id())).containsExactly(first, second, next);
    }

    @Test
    default void restoreRefusesAMissingPlanARepeatedReviewAndASecondIntervalAndWritesNothing() {
        SupportPlan plan = AccountFixtures.history().get(0);
        Review review = review(plan, ReviewOutcome.NO_CHANGE);
        ReviewRequest request = new ReviewRequest(LocalDate.of(2027, 4, 1), ParticipantRole.PERSON);
        AgreedInterval interval = new AgreedInterval(new ReviewInterval(6, ReviewInterval.Unit.MONTHS, ReviewAnchor.PREVIOUS_REVIEW),
                LocalDate.of(2027, 2, 1));

        assertThatThrownBy(() -> store().reviews().restore(review)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(plan.id().toString());
        assertThatThrownBy(() -> store().reviews().restore(plan.id(), request)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store().reviews().restore(plan.id(), interval)).isInstanceOf(IllegalStateException.class);

        plans().restore(List.of(plan), Revision.FIRST);
        store().reviews().restore(review);
        store().reviews().restore(plan.id(), interval);
        AgreedInterval another = new AgreedInterval(new ReviewInterval(3, ReviewInterval.Unit.MONTHS, ReviewAnchor.PREVIOUS_REVIEW),
                LocalDate.of(2027, 5, 1));

        assertThatThrownBy(() -> store().reviews().restore(review)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(review.id().toString());
        assertThatThrownBy(() -> store().reviews().restore(plan.id(), another)).isInstanceOf(IllegalStateException.class);
        assertThat(store().reviews().reviews(plan.id())).containsExactly(review);
        assertThat(store().reviews().requests(plan.id())).isEmpty();
        assertThat(store().reviews().agreedInterval(plan.id())).contains(interval);
        assertThat(trail().entries(1, 10)).isEmpty();
    }

    private static SupportPlan agreedCopy(PlanId id, CouncilId council) {
        SupportPlan plan = AccountFixtures.history().get(0);
        return SupportPlan.restore(id, 1, PersonId.of("P-" + id.toString().substring(0, 8)), council, PlanStatus.ACTIVE, plan.createdAt(),
                plan.content(), List.of(), plan.signOff().orElseThrow(), plan.supportStart().orElseThrow(), null);
    }
}
