package org.supportplan.domain.plan;

/** Where unpaid support in the person's circle of support comes from (Bury seed). */
public enum SupportSource {
    /** Family. */
    FAMILY,
    /** Friends and neighbours. */
    FRIEND,
    /** Community networks, clubs, faith groups. */
    COMMUNITY,
    /** Other services, such as the NHS or a charity. */
    OTHER_SERVICE
}
