package org.supportplan.domain.plan;

import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.money.RoundingRule;
import org.supportplan.domain.validation.Check;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * One costed piece of support in a plan: what it is, who provides it, how much of it (quantity and
 * unit) and what one unit costs.
 *
 * @param description what the support is, such as "Personal assistant for morning routine"
 * @param provider who provides it, such as "Personal assistant (employed by Ann)"
 * @param quantity how many units each period
 * @param unit what is counted, and over which period
 * @param unitCost the price of one unit; never negative
 */
public record SupportItem(String description, String provider, Quantity quantity, SupportUnit unit, Money unitCost) {

    /** The longest description or provider name accepted. */
    public static final int MAX_TEXT = 500;

    /** Validates every field. */
    public SupportItem {
        description = Check.text(description, "description", MAX_TEXT);
        provider = Check.text(provider, "provider", MAX_TEXT);
        Check.present(quantity, "quantity");
        Check.present(unit, "unit");
        Check.present(unitCost, "unitCost");
        if (unitCost.isNegative()) {
            throw InvalidValueException.of("unitCost", "money.non-negative", "a unit cost cannot be negative");
        }
    }

    /** The cost for one period of the unit (a week, a month, a year or the one-off), rounded by {@code rounding}. */
    public Money costPerUnitPeriod(RoundingRule rounding) {
        return unitCost.times(quantity, rounding);
    }
}
