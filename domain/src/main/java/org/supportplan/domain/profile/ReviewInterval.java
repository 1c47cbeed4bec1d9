package org.supportplan.domain.profile;

import org.supportplan.domain.validation.Check;

/**
 * "Within N weeks (or months) of an event": how a review's due date is set.
 *
 * @param amount how many units
 * @param unit weeks or months
 * @param anchor the event counted from
 */
public record ReviewInterval(int amount, Unit unit, ReviewAnchor anchor) {

    /** The unit of a review interval. */
    public enum Unit {
        /** Weeks of seven days. */
        WEEKS,
        /** Calendar months. */
        MONTHS
    }

    /** Validates. */
    public ReviewInterval {
        Check.that(amount >= 1 && amount <= 120, "amount", "review.interval-range", "a review interval is 1 to 120 units");
        Check.present(unit, "unit");
        Check.present(anchor, "anchor");
    }

    @Override
    public String toString() {
        return amount + " " + unit.name().toLowerCase(java.util.Locale.ROOT) + " after " + anchor.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
