package org.supportplan.domain.rule;

import java.util.regex.Pattern;

import org.supportplan.domain.validation.InvalidValueException;

/**
 * The stable identifier of a rule, such as {@code spend.gambling} or {@code signoff.risk-unmanaged}.
 * Every refusal names one, so a care manager can look the rule up.
 *
 * @param value lower-case words separated by dots and hyphens
 */
public record RuleId(String value) implements Comparable<RuleId> {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*){1,5}");

    /** Validates the format. */
    public RuleId {
        if (value == null || value.length() > 80 || !FORMAT.matcher(value).matches()) {
            throw InvalidValueException.of("rule", "rule-id.format",
                    "a rule id is lower-case words joined by dots, such as spend.gambling or bury.spend.takeaways");
        }
    }

    /** Same as the constructor. */
    public static RuleId of(String value) {
        return new RuleId(value);
    }

    @Override
    public int compareTo(RuleId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
