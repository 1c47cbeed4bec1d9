package org.supportplan.domain.plan;

import java.util.regex.Pattern;

import org.supportplan.domain.validation.InvalidValueException;

/**
 * Names the council whose profile (questions, spend rules, budget and review policy) governs a plan,
 * for example {@code derbyshire} or {@code bury}.
 *
 * @param value a lower-case slug: letters, digits and hyphens, 2 to 40 characters
 */
public record CouncilId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    /** Validates the format. */
    public CouncilId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw InvalidValueException.of("councilId", "council-id.format",
                    "a council id is a lower-case name such as derbyshire or england-default (2 to 40 letters, digits or hyphens)");
        }
    }

    /** Same as the constructor. */
    public static CouncilId of(String value) {
        return new CouncilId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
