package org.supportplan.domain.plan;

/**
 * How a paid person is related to the person the plan is for. Direct Payments Regulations 2014,
 * reg 3, limits paying a spouse, partner or close relative living in the same household.
 */
public enum Relationship {
    /** Not related (an agency worker, a personal assistant found by advert). */
    NOT_RELATED,
    /** Spouse, civil partner, or someone living with the person as if they were. */
    SPOUSE_OR_PARTNER,
    /** Parent, parent-in-law, son, daughter, son- or daughter-in-law, step-parent or -child, brother, sister, aunt, uncle, grandparent, or their spouse or partner. */
    CLOSE_RELATIVE,
    /** A relative outside the close-relative list. */
    OTHER_RELATIVE,
    /** A friend or neighbour. */
    FRIEND
}
