package org.supportplan.domain.plan;

/** How often a deployment of the budget is paid. */
public enum PaymentFrequency {
    /** Every week. */
    WEEKLY,
    /** Every four weeks. */
    FOUR_WEEKLY,
    /** Every calendar month. */
    MONTHLY,
    /** Every quarter (three calendar months). */
    QUARTERLY,
    /** Once a year. */
    ANNUALLY
}
