package org.supportplan.application.port.in;

import org.supportplan.application.port.Revision;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.review.AgreedInterval;
import org.supportplan.domain.review.Review;
import org.supportplan.domain.review.ReviewRequest;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;

/** The outcome of recording a review, a review request or an agreed review interval: done, or why nothing was written. */
public sealed interface ReviewChange permits ReviewChange.Recorded, ReviewChange.Requested, ReviewChange.Agreed,
        ReviewChange.Refused, ReviewChange.NotFound, ReviewChange.Stale {

    /**
     * The review was recorded.
     *
     * @param review the review as stored
     * @param plan the plan's latest version afterwards (a new draft when the review made a minor change)
     * @param revision the plan's revision afterwards
     */
    record Recorded(Review review, SupportPlan plan, Revision revision) implements ReviewChange {
    }

    /**
     * The request was recorded; a review is now due.
     *
     * @param plan the plan
     * @param request the request
     */
    record Requested(PlanId plan, ReviewRequest request) implements ReviewChange {
    }

    /**
     * The interval was agreed.
     *
     * @param plan the plan
     * @param interval the interval
     */
    record Agreed(PlanId plan, AgreedInterval interval) implements ReviewChange {
    }

    /**
     * A rule refused it; nothing was written.
     *
     * @param rule the rule
     * @param reason why
     * @param source where the rule comes from
     */
    record Refused(RuleId rule, String reason, RuleSource source) implements ReviewChange {
    }

    /**
     * There is no such plan.
     *
     * @param id the id asked for
     */
    record NotFound(PlanId id) implements ReviewChange {
    }

    /**
     * The plan changed since the revision this was based on; nothing was written.
     *
     * @param id the plan
     * @param current its current revision
     */
    record Stale(PlanId id, Revision current) implements ReviewChange {
    }
}
