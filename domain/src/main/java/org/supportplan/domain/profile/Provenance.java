package org.supportplan.domain.profile;

/** Whether a profile value is the council's own or was taken from the national default. */
public enum Provenance {
    /** The council set this value (its page or its policy says so). */
    COUNCIL,
    /** The council's page does not give this value; it is the national default, marked as such. */
    NATIONAL_DEFAULT
}
