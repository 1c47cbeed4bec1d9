package org.supportplan.domain.plan;

/** The ways a personal budget can be taken (Statutory Guidance 11.30); a plan may combine them. */
public enum DeploymentOption {
    /** A direct payment to the person or a nominated or authorised person. */
    DIRECT_PAYMENT,
    /** A budget the council manages, arranging the support itself. */
    COUNCIL_MANAGED,
    /** An Individual Service Fund held by a provider. */
    INDIVIDUAL_SERVICE_FUND
}
