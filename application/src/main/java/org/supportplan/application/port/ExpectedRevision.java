package org.supportplan.application.port;

import java.util.Optional;

/**
 * The revision a change is based on. {@link #of(Revision)} refuses the change when the plan has moved on
 * since (an HTTP {@code If-Match}); {@link #latest()} bases it on the revision the use case itself reads,
 * which still refuses a change written by someone else between that read and the write.
 */
public sealed interface ExpectedRevision permits ExpectedRevision.Latest, ExpectedRevision.Exactly {

    /** Based on whatever revision is read when the change is made. */
    static ExpectedRevision latest() {
        return Latest.INSTANCE;
    }

    /** Based on {@code revision}, which must still be the plan's. */
    static ExpectedRevision of(Revision revision) {
        return new Exactly(revision);
    }

    /** The required revision, if one was stated. */
    Optional<Revision> required();

    /** No revision stated. */
    enum Latest implements ExpectedRevision {
        /** The only instance. */
        INSTANCE;

        @Override
        public Optional<Revision> required() {
            return Optional.empty();
        }
    }

    /**
     * A stated revision.
     *
     * @param revision the revision the change is based on
     */
    record Exactly(Revision revision) implements ExpectedRevision {

        /** Requires the revision. */
        public Exactly {
            java.util.Objects.requireNonNull(revision, "revision");
        }

        @Override
        public Optional<Revision> required() {
            return Optional.of(revision);
        }
    }
}
