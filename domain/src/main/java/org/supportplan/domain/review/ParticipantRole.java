package org.supportplan.domain.review;

/**
 * The part someone played in a review. Reviews record roles, not names: who the people are is held
 * with the person's record, not with each review.
 */
public enum ParticipantRole {
    /** The person the plan is for. */
    PERSON,
    /** Someone acting for the person: an attorney, a deputy, or someone the person asked to represent them. */
    REPRESENTATIVE,
    /** An unpaid carer. */
    CARER,
    /** A paid care worker or personal assistant. */
    CARE_WORKER,
    /** The council's care manager or social worker. */
    CARE_MANAGER,
    /** A provider of the person's support. */
    PROVIDER,
    /** The council's finance officer, for example auditing a direct payment account. */
    FINANCE_OFFICER,
    /** An independent advocate (Care Act 2014 s.67). */
    ADVOCATE;

    /**
     * True for the roles through which the person is involved in their own review (Care Act 2014
     * s.27(2)(b)): the person, someone acting for them, or an independent advocate representing them.
     */
    public boolean speaksForThePerson() {
        return this == PERSON || this == REPRESENTATIVE || this == ADVOCATE;
    }
}
