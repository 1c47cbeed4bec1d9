package org.supportplan.domain.plan;

import java.util.regex.Pattern;

import org.supportplan.domain.validation.InvalidValueException;

/**
 * A short key, unique within one plan, by which other parts of the plan refer to an outcome
 * (for example {@code outcome-1}).
 *
 * @param value letters, digits, dots, underscores and hyphens, 1 to 40 characters
 */
public record OutcomeId(String value) implements Comparable<OutcomeId> {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    /** Validates the format. */
    public OutcomeId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw InvalidValueException.of("id", "outcome-id.format",
                    "an outcome id is 1 to 40 letters, digits, dots, underscores or hyphens, such as outcome-1");
        }
    }

    /** Same as the constructor. */
    public static OutcomeId of(String value) {
        return new OutcomeId(value);
    }

    @Override
    public int compareTo(OutcomeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
