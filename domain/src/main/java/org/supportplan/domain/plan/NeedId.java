package org.supportplan.domain.plan;

import java.util.regex.Pattern;

import org.supportplan.domain.validation.InvalidValueException;

/**
 * A short key, unique within one plan, by which other parts of the plan refer to a need
 * (for example {@code need-1}).
 *
 * @param value letters, digits, dots, underscores and hyphens, 1 to 40 characters
 */
public record NeedId(String value) implements Comparable<NeedId> {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    /** Validates the format. */
    public NeedId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw InvalidValueException.of("id", "need-id.format",
                    "a need id is 1 to 40 letters, digits, dots, underscores or hyphens, such as need-1");
        }
    }

    /** Same as the constructor. */
    public static NeedId of(String value) {
        return new NeedId(value);
    }

    @Override
    public int compareTo(NeedId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
