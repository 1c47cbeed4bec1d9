package org.supportplan.domain.plan;

/** Where a version of a support plan is in its lifecycle. */
public enum PlanStatus {
    /** Being written; may change freely. */
    DRAFT,
    /** Sent to the council for sign-off. */
    SUBMITTED,
    /** Returned by the council with reasons, to be changed and submitted again. */
    RETURNED,
    /** Signed off with a final personal budget; this version never changes again. */
    AGREED,
    /** Support has started. */
    ACTIVE,
    /** Being reviewed. */
    UNDER_REVIEW,
    /** Replaced by a newer version. */
    REPLACED,
    /** Support has ended. */
    ENDED
}
