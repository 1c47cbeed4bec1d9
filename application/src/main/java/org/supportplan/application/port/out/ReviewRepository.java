package org.supportplan.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.Revision;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.review.AgreedInterval;
import org.supportplan.domain.review.Review;
import org.supportplan.domain.review.ReviewRequest;

/**
 * Out-port: the reviews of plans, the review requests and the review intervals agreed with people. A review
 * is part of its plan's history: recording one moves the plan's revision on (compare-and-set, as
 * {@link PlanRepository#update}) and writes, in the same transaction, any plan version it causes (a minor
 * change revises the plan) and its audit event. Reviews are never changed once recorded.
 */
public interface ReviewRepository {

    /**
     * Records {@code review} of plan {@code review.plan()} with {@code versions} (none, or the new draft a minor
     * change starts) and {@code event}, if the plan's revision is still {@code basedOn}.
     *
     * @return as {@link PlanRepository#update}; only {@code Written} wrote anything
     * @throws IllegalStateException if a review with this id exists (nothing is written)
     */
    PlanRepository.Update record(Review review, Revision basedOn, List<SupportPlan> versions, AuditEvent event);

    /** Records a request for a review of {@code plan} and its event, in one transaction. */
    void request(PlanId plan, ReviewRequest request, AuditEvent event);

    /** Records an interval agreed with the person for {@code plan} (replacing any earlier one) and its event. */
    void agree(PlanId plan, AgreedInterval interval, AuditEvent event);

    /**
     * Writes a review exactly as exported from another store (for {@code import}), after the plan's other reviews,
     * appending no audit event and leaving the plan's revision as it is: the exported plan, revision and trail
     * are restored separately.
     *
     * @throws IllegalStateException if there is no plan {@code review.plan()}, or a review with this id exists
     *         (nothing is written)
     */
    void restore(Review review);

    /**
     * Writes a review request exactly as exported (for {@code import}), after the plan's other requests, appending
     * no audit event.
     *
     * @throws IllegalStateException if there is no such plan (nothing is written)
     */
    void restore(PlanId plan, ReviewRequest request);

    /**
     * Writes the interval last agreed for {@code plan} exactly as exported (for {@code import}), appending no audit
     * event.
     *
     * @throws IllegalStateException if there is no such plan, or it has an agreed interval already (nothing is
     *         written: an export holds one per plan)
     */
    void restore(PlanId plan, AgreedInterval interval);

    /** The plan's reviews, oldest first. */
    List<Review> reviews(PlanId plan);

    /** The plan's review requests, oldest first. */
    List<ReviewRequest> requests(PlanId plan);

    /** The interval last agreed with the person, if any. */
    Optional<AgreedInterval> agreedInterval(PlanId plan);

    /**
     * Up to {@code limit} plans of {@code council} that have a version in force (agreed, active, under review or
     * ended), after plan {@code after} in a stable order, each with everything its review schedule needs: one
     * page of a caseload, read in a few queries, so a large council's caseload never needs a query per plan.
     */
    List<ReviewCase> casesOf(CouncilId council, Optional<PlanId> after, int limit);

    /**
     * One plan's facts for its review schedule.
     *
     * @param inForce the version in force
     * @param firstDirectPayment the earliest first payment of the plan's direct-payment accounts, if any
     * @param reviews its reviews, oldest first
     * @param agreedInterval the interval agreed with the person, if any
     * @param requests its review requests, oldest first
     */
    record ReviewCase(SupportPlan inForce, Optional<LocalDate> firstDirectPayment, List<Review> reviews,
                      Optional<AgreedInterval> agreedInterval, List<ReviewRequest> requests) {

        /** Requires every member and copies the lists. */
        public ReviewCase {
            Objects.requireNonNull(inForce, "inForce");
            Objects.requireNonNull(firstDirectPayment, "firstDirectPayment");
            reviews = List.copyOf(reviews);
            Objects.requireNonNull(agreedInterval, "agreedInterval");
            requests = List.copyOf(requests);
        }
    }
}
