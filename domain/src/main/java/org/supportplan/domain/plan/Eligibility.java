package org.supportplan.domain.plan;

/** Whether the needs assessment found a need eligible (Care Act s.13). */
public enum Eligibility {
    /** The council must meet this need. */
    ELIGIBLE,
    /** Recorded, but the council does not have to meet it. */
    NOT_ELIGIBLE
}
