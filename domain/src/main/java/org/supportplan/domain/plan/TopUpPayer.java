package org.supportplan.domain.plan;

/** Who pays a top-up on top of the personal budget. */
public enum TopUpPayer {
    /** The person themselves. */
    PERSON,
    /** Family, a charity or another third party. */
    THIRD_PARTY
}
