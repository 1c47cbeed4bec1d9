package org.supportplan.domain.plan;

import java.util.UUID;
import java.util.regex.Pattern;

import org.supportplan.domain.validation.InvalidValueException;

/**
 * Identifies one support plan across all its versions. A random UUID, so it reveals nothing about
 * the person and cannot be guessed.
 *
 * @param value the UUID
 */
public record PlanId(UUID value) {

    /** Compiled once: every request naming a plan parses its id (String.matches would compile it each time). */
    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Validates presence. */
    public PlanId {
        if (value == null) {
            throw InvalidValueException.of("planId", "value.required", "planId is required");
        }
    }

    /** A new random id. */
    public static PlanId random() {
        return new PlanId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form. */
    public static PlanId parse(String text) {
        if (text == null || !CANONICAL.matcher(text).matches()) {
            throw InvalidValueException.of("planId", "plan-id.format",
                    "a plan id is a UUID such as 3f2b8c1e-0d4a-4c3e-9a57-2f1d6b7e8a90");
        }
        return new PlanId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
