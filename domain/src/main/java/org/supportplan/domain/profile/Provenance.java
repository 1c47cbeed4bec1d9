package org.supportplan.domain.profile;

/**
 * Whether a profile value is a council's own or comes from the national default. A value inherited
 * through a chain of profiles keeps the provenance it has where it is set.
 */
public enum Provenance {
    /** A council set this value: the profile itself or a council profile it extends (the source names which). */
    COUNCIL,
    /** No council in the chain gives this value; it is the national default, marked as such. */
    NATIONAL_DEFAULT
}
