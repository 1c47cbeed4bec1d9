package org.supportplan.domain.plan;

import java.util.regex.Pattern;

import org.supportplan.domain.validation.InvalidValueException;

/**
 * The council's own reference for the person the plan is for (for example a case-management
 * number). It is a reference, never a name, so it can travel in logs and audit trails.
 *
 * @param value letters, digits and hyphens, 1 to 64 characters, starting with a letter or digit
 */
public record PersonId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

    /** Validates the format. */
    public PersonId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw InvalidValueException.of("personId", "person-id.format",
                    "a person id is the council's reference: 1 to 64 letters, digits or hyphens, such as P-104233");
        }
    }

    /** Same as the constructor. */
    public static PersonId of(String value) {
        return new PersonId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
