package org.supportplan.adapter.web.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The answers of the review routes: reviews, review requests, agreed intervals, schedules and caseloads. */
public final class ReviewResponses {

    private ReviewResponses() {
    }

    /**
     * A recorded review.
     *
     * @param id the review's id (a UUID)
     * @param planId the plan reviewed
     * @param planVersion the version in force when it was held
     * @param heldOn the day it was held
     * @param trigger why it was held
     * @param method how it was held
     * @param participants the roles that took part, in declared order
     * @param budgetUse how the budget was used, as recorded
     * @param outcome what was decided
     * @param coversDirectPayment whether the direct payment was reviewed too
     * @param reassessmentRequested true when a significant change asked for a re-assessment of needs
     */
    public record Review(String id, String planId, int planVersion, String heldOn, String trigger, String method,
                         List<String> participants, List<BudgetUse> budgetUse, Decision outcome, boolean coversDirectPayment,
                         boolean reassessmentRequested) {
    }

    /**
     * Budget use for one need or one outcome (the other is null).
     *
     * @param need the need's id, or null
     * @param outcome the outcome's id, or null
     * @param howUsed how the budget was used
     */
    public record BudgetUse(String need, String outcome, String howUsed) {
    }

    /**
     * What a review decided.
     *
     * @param kind {@code NO_CHANGE}, {@code MINOR_CHANGE} or {@code SIGNIFICANT_CHANGE}
     * @param whatChanges what is to change (minor change), else null
     * @param why what has changed (significant change), else null
     */
    public record Decision(String kind, String whatChanges, String why) {
    }

    /**
     * A recorded request for a review.
     *
     * @param planId the plan
     * @param requestedOn the day it was asked for (the review is due that day)
     * @param requestedBy who asked
     * @param rule the rule that makes it due, {@code review.on-request}
     * @param source where that rule comes from
     * @param sourceKind the kind of source
     */
    public record RequestRecorded(String planId, String requestedOn, String requestedBy, String rule, String source,
                                  String sourceKind) {
    }

    /**
     * An interval agreed with the person.
     *
     * @param planId the plan
     * @param interval how often, counted from the previous review
     * @param agreedOn the day it was agreed (today)
     * @param source the guidance that allows it
     * @param sourceKind the kind of source
     */
    public record IntervalAgreed(String planId, CouncilResponse.Interval interval, String agreedOn, String source,
                                 String sourceKind) {
    }

    /**
     * A plan's review schedule.
     *
     * @param planId the plan
     * @param inForce false when no version is in force yet (nothing can be scheduled; both lists are empty)
     * @param due the reviews due, earliest first
     * @param unscheduled the reviews waiting for the event they are counted from
     */
    public record Schedule(String planId, boolean inForce, List<Due> due, List<Unscheduled> unscheduled) {
    }

    /**
     * One review due.
     *
     * @param planId the plan
     * @param kind {@code INITIAL}, {@code REGULAR}, {@code DIRECT_PAYMENT_FIRST}, {@code DIRECT_PAYMENT_REGULAR} or
     *             {@code ON_REQUEST}
     * @param dueOn the last day it may be held
     * @param countedFrom the date the due date was counted from
     * @param rule the rule that sets the date, such as {@code review.initial}
     * @param setBy who set it: {@code COUNCIL} (the council's own setting), {@code NATIONAL_DEFAULT}, {@code AGREED}
     *              (an interval agreed with the person) or {@code REQUESTED}
     * @param setByLabel the same in words: "council's own", "national default", "agreed with the person", "requested"
     * @param setting the profile setting's name, such as {@code initialReview} (only when set by the council's policy)
     * @param source where the rule comes from
     * @param sourceKind the kind of source
     */
    public record Due(String planId, String kind, String dueOn, String countedFrom, String rule, String setBy,
                      String setByLabel, @JsonInclude(JsonInclude.Include.NON_NULL) String setting, String source,
                      String sourceKind) {
    }

    /**
     * A review that has no date yet.
     *
     * @param kind which review
     * @param waitingFor the event it will be counted from, such as {@code SUPPORT_START}
     */
    public record Unscheduled(String kind, String waitingFor) {
    }

    /**
     * A council's caseload of reviews.
     *
     * @param council the council
     * @param today the day the caseload is for
     * @param within the window asked for, such as {@code 30d}
     * @param lastDay the window's last day
     * @param overdue reviews whose last day has passed, the longest overdue first
     * @param dueInWindow reviews due from today to the last day, the soonest first
     */
    public record Caseload(String council, String today, String within, String lastDay, List<Due> overdue, List<Due> dueInWindow) {
    }
}
