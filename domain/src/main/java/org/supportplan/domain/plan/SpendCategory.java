package org.supportplan.domain.plan;

import java.util.regex.Pattern;

import org.supportplan.domain.validation.InvalidValueException;

/**
 * What kind of thing a support item or a transaction buys, as a short code such as
 * {@code personal-assistant}, {@code day-service}, {@code food} or {@code gambling}. Spend rules and
 * council profiles decide by category; the codes in use are listed in {@code docs/spend-categories.md}.
 *
 * @param code a lower-case code: letters, digits and hyphens, 2 to 40 characters
 */
public record SpendCategory(String code) implements Comparable<SpendCategory> {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    /** Validates the format. */
    public SpendCategory {
        if (code == null || !FORMAT.matcher(code).matches()) {
            throw InvalidValueException.of("category", "spend-category.format",
                    "a spend category is a lower-case code such as personal-assistant (2 to 40 letters, digits or hyphens)");
        }
    }

    /** Same as the constructor. */
    public static SpendCategory of(String code) {
        return new SpendCategory(code);
    }

    @Override
    public int compareTo(SpendCategory other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
