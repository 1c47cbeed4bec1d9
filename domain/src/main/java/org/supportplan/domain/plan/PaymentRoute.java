package org.supportplan.domain.plan;

/** How one support item is paid for: which deployment option of the personal budget, or a top-up. */
public enum PaymentRoute {
    /** From a direct payment managed by the person or a nominated or authorised person. */
    DIRECT_PAYMENT,
    /** Arranged and paid by the council. */
    COUNCIL_MANAGED,
    /** From an Individual Service Fund held by a provider. */
    INDIVIDUAL_SERVICE_FUND,
    /** Paid by the person or a third party on top of the personal budget, for a more expensive choice. */
    TOP_UP
}
