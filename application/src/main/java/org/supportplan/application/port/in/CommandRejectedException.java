package org.supportplan.application.port.in;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a command fails its own validation; lists every offending field at once. */
public final class CommandRejectedException extends RuntimeException {

    private final transient List<FieldViolation> violations;

    /** A rejection for the given (non-empty) violations. */
    public CommandRejectedException(List<FieldViolation> violations) {
        super(violations.stream().map(v -> v.path() + ": " + v.message()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    /** Every offending field, sorted by path. */
    public List<FieldViolation> violations() {
        return violations;
    }
}
