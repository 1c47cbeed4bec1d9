package org.supportplan.domain.review;

/**
 * Why a review was held. Every trigger but {@link #DIRECT_PAYMENT} is a review of the plan (Care Act
 * 2014 s.27) and restarts the plan's review clock; a direct-payment review looks at the payment
 * arrangements alone (Direct Payments Regulations 2014, reg 7) and restarts only the direct-payment clock.
 */
public enum ReviewTrigger {
    /** The first review after the plan was signed off or support started. */
    SCHEDULED_INITIAL,
    /** A regular review, at least every 12 months or as agreed with the person. */
    SCHEDULED_REGULAR,
    /** A review of the direct payment alone. */
    DIRECT_PAYMENT,
    /** A review the person, or someone for them, asked for (Care Act 2014 s.27(1)(b)). */
    ON_REQUEST;

    /** True when a review with this trigger reviews the plan itself. */
    public boolean reviewsPlan() {
        return this != DIRECT_PAYMENT;
    }
}
