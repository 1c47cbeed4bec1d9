package org.supportplan.domain.profile;

/** The event a review interval is counted from. */
public enum ReviewAnchor {
    /** The date the plan and budget were signed off. */
    SIGN_OFF,
    /** The date support started. */
    SUPPORT_START,
    /** The date of the first direct payment. */
    FIRST_PAYMENT,
    /** The date of the previous review. */
    PREVIOUS_REVIEW
}
