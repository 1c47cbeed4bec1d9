package org.supportplan.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.supportplan.application.audit.Actor;
import org.supportplan.application.port.ChangeContext;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.profile.ReviewInterval;
import org.supportplan.domain.review.Caseload;
import org.supportplan.domain.review.ParticipantRole;
import org.supportplan.domain.review.Review;
import org.supportplan.domain.review.ReviewSchedule;
import org.supportplan.domain.review.Window;

/**
 * Use cases of reviews: record a review held (a minor change revises the plan as a new version, a significant
 * change raises a re-assessment request), record a request for one or an interval agreed with the person,
 * see a plan's schedule, and see a council's caseload of reviews due and overdue. Dates come from the clock.
 */
public interface ReviewUseCase {

    /** Records a review of the plan's version in force. */
    ReviewChange record(RecordReviewCommand command, ChangeContext context);

    /** Records a request for a review made on {@code requestedOn} by {@code requestedBy}. */
    ReviewChange request(PlanId plan, LocalDate requestedOn, ParticipantRole requestedBy, Actor actor);

    /** Records a shorter review interval agreed with the person today. */
    ReviewChange agreeInterval(PlanId plan, ReviewInterval interval, Actor actor);

    /** The reviews recorded for a plan, oldest first (the read recorded under {@code reader}); empty when there is no such plan. */
    Optional<List<Review>> reviews(PlanId plan, Actor reader);

    /** The plan's review schedule under its council's policy. */
    ScheduleOutcome schedule(PlanId plan, Actor reader);

    /** The council's reviews overdue today and due within {@code window}, sorted by due date. */
    CaseloadOutcome caseload(CouncilId council, Window window, Actor reader);

    /** The outcome of {@link #schedule}. */
    sealed interface ScheduleOutcome permits ScheduleOutcome.Scheduled, ScheduleOutcome.NotInForce, ScheduleOutcome.NotFound {

        /**
         * The schedule.
         *
         * @param schedule what is due and what waits for an event
         */
        record Scheduled(ReviewSchedule schedule) implements ScheduleOutcome {
        }

        /**
         * No version of the plan is in force yet, so nothing can be scheduled.
         *
         * @param plan the plan
         */
        record NotInForce(PlanId plan) implements ScheduleOutcome {
        }

        /**
         * There is no such plan.
         *
         * @param plan the id asked for
         */
        record NotFound(PlanId plan) implements ScheduleOutcome {
        }
    }

    /** The outcome of {@link #caseload}. */
    sealed interface CaseloadOutcome permits CaseloadOutcome.Listed, CaseloadOutcome.UnknownCouncil {

        /**
         * The caseload.
         *
         * @param caseload overdue and due reviews
         */
        record Listed(Caseload caseload) implements CaseloadOutcome {
        }

        /**
         * No profile is installed for the council.
         *
         * @param council the council asked for
         */
        record UnknownCouncil(CouncilId council) implements CaseloadOutcome {
        }
    }
}
