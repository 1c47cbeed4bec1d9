package org.supportplan.domain.validation;

/**
 * Thrown when a value object is given a value its rule forbids. Carries the field, the rule that
 * refused it and where that rule comes from, so every adapter can explain the refusal.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private final String field;
    private final String ruleId;
    private final String source;

    /** A refusal of {@code field} by the rule {@code ruleId}, with a plain-English message. */
    public InvalidValueException(String field, String ruleId, String source, String message) {
        super(message);
        this.field = field;
        this.ruleId = ruleId;
        this.source = source;
    }

    /** A refusal by one of supportplan's own value rules (not a council or statutory rule). */
    public static InvalidValueException of(String field, String ruleId, String message) {
        return new InvalidValueException(field, ruleId, "supportplan value rules", message);
    }

    /** The offending field, relative to the value being built (for example {@code unitCost}). */
    public String field() {
        return field;
    }

    /** A stable identifier of the rule that refused the value. */
    public String ruleId() {
        return ruleId;
    }

    /** Where the rule comes from. */
    public String source() {
        return source;
    }

    /** The same refusal with its field placed under {@code parent}, for nested values. */
    public InvalidValueException under(String parent) {
        String path = field.isEmpty() ? parent : field.startsWith("[") ? parent + field : parent + "." + field;
        InvalidValueException moved = new InvalidValueException(path, ruleId, source, getMessage());
        moved.setStackTrace(getStackTrace());
        return moved;
    }
}
