package org.supportplan.application.port;

import org.supportplan.application.audit.Actor;

import java.util.Objects;

/**
 * Who asks for a change and which revision it is based on: passed beside every command that changes
 * a stored plan, so the change is refused if it is stale and recorded in the audit trail under its actor.
 *
 * @param actor who asks
 * @param expected the revision the change is based on
 */
public record ChangeContext(Actor actor, ExpectedRevision expected) {

    /** Requires both. */
    public ChangeContext {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(expected, "expected");
    }

    /** A change by {@code actor} based on whatever revision is current when it is made. */
    public static ChangeContext by(Actor actor) {
        return new ChangeContext(actor, ExpectedRevision.latest());
    }

    /** A change by {@code actor} based on {@code revision}. */
    public static ChangeContext by(Actor actor, Revision revision) {
        return new ChangeContext(actor, ExpectedRevision.of(revision));
    }
}
