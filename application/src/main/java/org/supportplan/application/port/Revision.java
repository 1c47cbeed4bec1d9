package org.supportplan.application.port;

import org.supportplan.domain.validation.InvalidValueException;

/**
 * How many times a plan has been written, counting every version: 1 when it is created, one more with
 * each change. An update states the revision it was based on and is refused when the plan has moved on,
 * so two people (or two service instances) can never overwrite each other's change. Over HTTP it is the
 * plan's {@code ETag}.
 *
 * @param value 1 or more
 */
public record Revision(long value) implements Comparable<Revision> {

    /** A new plan's revision. */
    public static final Revision FIRST = new Revision(1);

    /** Validates the range. */
    public Revision {
        if (value < 1) {
            throw InvalidValueException.of("revision", "revision.positive", "a revision is 1 or more");
        }
    }

    /** The revision after this one. */
    public Revision next() {
        return new Revision(Math.addExact(value, 1));
    }

    @Override
    public int compareTo(Revision other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
