package org.supportplan.adapter.cli;

import java.util.List;

import org.supportplan.application.port.in.FieldViolation;

/**
 * Input the command cannot use: an unreadable or invalid file, or an unknown name. Every command
 * answers it the same way: the summary and each offending field on standard error, exit code 2.
 */
public class BadInputException extends RuntimeException {

    private final transient List<FieldViolation> violations;

    /** A refusal with a summary and the offending fields (possibly none). */
    public BadInputException(String summary, List<FieldViolation> violations) {
        super(summary);
        this.violations = List.copyOf(violations);
    }

    /** A refusal with a summary only. */
    public BadInputException(String summary) {
        this(summary, List.of());
    }

    /** The offending fields, each with its path and rule. */
    public List<FieldViolation> violations() {
        return violations;
    }
}
