package org.supportplan.domain.plan;

/** Who wrote the plan (both seed councils allow all three). */
public enum AuthorRole {
    /** The person themselves. */
    PERSON,
    /** Someone the person knows and trusts (family, a friend, an organisation). */
    TRUSTED_PERSON,
    /** The person's adult care worker. */
    CARE_WORKER
}
