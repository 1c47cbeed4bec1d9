package org.supportplan.domain.plan;

/** The period a cost or a quantity of support is stated for. */
public enum Period {
    /** Every week. */
    WEEK,
    /** Every four weeks (the usual direct-payment cycle). */
    FOUR_WEEKS,
    /** Every calendar month. */
    MONTH,
    /** Every year. */
    YEAR,
    /** Once only (equipment, a course). */
    ONE_OFF
}
