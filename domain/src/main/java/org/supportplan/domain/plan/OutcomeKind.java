package org.supportplan.domain.plan;

/** What the person wants to do about something in their life (Derbyshire's question 2). */
public enum OutcomeKind {
    /** Something to change. */
    CHANGE,
    /** Something to keep. */
    KEEP,
    /** Something to achieve. */
    ACHIEVE
}
