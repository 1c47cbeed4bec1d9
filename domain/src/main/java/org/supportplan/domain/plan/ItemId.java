package org.supportplan.domain.plan;

import java.util.regex.Pattern;

import org.supportplan.domain.validation.InvalidValueException;

/**
 * A short key, unique within one plan, by which other parts of the plan refer to an item
 * (for example {@code item-1}).
 *
 * @param value letters, digits, dots, underscores and hyphens, 1 to 40 characters
 */
public record ItemId(String value) implements Comparable<ItemId> {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    /** Validates the format. */
    public ItemId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw InvalidValueException.of("id", "item-id.format",
                    "an item id is 1 to 40 letters, digits, dots, underscores or hyphens, such as item-1");
        }
    }

    /** Same as the constructor. */
    public static ItemId of(String value) {
        return new ItemId(value);
    }

    @Override
    public int compareTo(ItemId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
