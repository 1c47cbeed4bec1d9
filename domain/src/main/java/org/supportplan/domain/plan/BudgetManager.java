package org.supportplan.domain.plan;

/** Who manages the personal budget (Bury seed: "who will manage your personal budget"). */
public enum BudgetManager {
    /** The person, through a direct payment. */
    PERSON,
    /** Someone nominated by the person to manage a direct payment for them. */
    NOMINATED_PERSON,
    /** An authorised person, for someone who lacks capacity (Care Act s.32). */
    AUTHORISED_PERSON,
    /** The council. */
    COUNCIL,
    /** A provider holding an Individual Service Fund. */
    PROVIDER,
    /** More than one of the above, for a mixed package. */
    MIXED
}
