package org.supportplan.application.audit;

import java.util.regex.Pattern;

import org.supportplan.domain.validation.InvalidValueException;

/**
 * Who asks for something: a staff reference, a token's subject or a command-line user, never a
 * person's name. Every change and every read of a plan is recorded in the audit trail with its actor.
 *
 * @param id a reference such as {@code CM-0042}, {@code cli:jsmith} or {@code http:anonymous}
 */
public record Actor(String id) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._@/-]{0,99}");

    /** Validates the format. */
    public Actor {
        if (id == null || !FORMAT.matcher(id).matches()) {
            throw InvalidValueException.of("actor", "actor.format",
                    "an actor is a reference of 1 to 100 letters, digits and : . _ @ / - such as CM-0042 or cli:jsmith");
        }
    }

    /** Same as the constructor. */
    public static Actor of(String id) {
        return new Actor(id);
    }

    @Override
    public String toString() {
        return id;
    }
}
