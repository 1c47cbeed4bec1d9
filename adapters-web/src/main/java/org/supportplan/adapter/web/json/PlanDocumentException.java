package org.supportplan.adapter.web.json;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.supportplan.application.port.in.FieldViolation;

/**
 * A JSON document (a plan document or a lifecycle body) was refused: either it is not the expected
 * JSON at all ({@link Kind#MALFORMED}) or a field breaks a rule ({@link Kind#INVALID}). Every
 * violation's path is a JSON path such as {@code $.supportItems[1].unitCost}.
 */
public final class PlanDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the document was refused. */
    public enum Kind {
        /** Not JSON, not a single object, a wrong JSON type, or an unknown field. */
        MALFORMED,
        /** Well-formed, but a field fails a validation or domain rule. */
        INVALID
    }

    private final Kind kind;
    private final transient List<FieldViolation> violations;

    /** A refusal of the given kind for the given (non-empty) violations. */
    public PlanDocumentException(Kind kind, List<FieldViolation> violations) {
        // Paths, rules and messages only: messages never quote narrative text, so this is safe to log.
        super(kind + ": " + violations.stream().map(v -> v.path() + " (" + v.rule() + "): " + v.message())
                .collect(Collectors.joining("; ")));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.violations = List.copyOf(violations);
    }

    /** Why the document was refused. */
    public Kind kind() {
        return kind;
    }

    /** Every offending field, sorted by path then rule. */
    public List<FieldViolation> violations() {
        return violations;
    }
}
