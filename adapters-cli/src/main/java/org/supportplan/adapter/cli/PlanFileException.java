package org.supportplan.adapter.cli;

import java.util.List;

import org.supportplan.application.port.in.FieldViolation;

/** Thrown when a plan file cannot be read or is not a valid plan; lists each offending field by JSON path. */
public final class PlanFileException extends BadInputException {

    /** A refusal with a summary and the offending fields (possibly none, for unreadable files). */
    public PlanFileException(String summary, List<FieldViolation> violations) {
        super(summary, violations);
    }
}
