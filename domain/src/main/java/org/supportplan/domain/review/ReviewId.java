package org.supportplan.domain.review;

import java.util.UUID;

import org.supportplan.domain.validation.InvalidValueException;

/**
 * Identifies one review of a support plan. A random UUID, so it reveals nothing about the person.
 *
 * @param value the UUID
 */
public record ReviewId(UUID value) {

    /** Validates presence. */
    public ReviewId {
        if (value == null) {
            throw InvalidValueException.of("reviewId", "value.required", "reviewId is required");
        }
    }

    /** A new random id. */
    public static ReviewId random() {
        return new ReviewId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form. */
    public static ReviewId parse(String text) {
        if (text == null || !text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            throw InvalidValueException.of("reviewId", "review-id.format",
                    "a review id is a UUID such as 3f2b8c1e-0d4a-4c3e-9a57-2f1d6b7e8a90");
        }
        return new ReviewId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
