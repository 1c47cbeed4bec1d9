package org.supportplan.domain.plan;

import java.util.Optional;
import java.util.Set;

import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.money.RoundingRule;
import org.supportplan.domain.validation.Check;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * One costed piece of support in a plan: what it is, who provides it, how it is paid, how much of it
 * (quantity and unit), what one unit costs, what it buys (spend category) and which needs and outcomes
 * it meets.
 *
 * @param id the key for this item within the plan
 * @param description what the support is, such as "Personal assistant for morning routine"
 * @param provider who provides it, such as "Personal assistant employed by the person"
 * @param route how it is paid: which deployment option, or a top-up
 * @param quantity how many units each period
 * @param unit what is counted, and over which period
 * @param unitCost the price of one unit; never negative
 * @param category what kind of thing it buys, for the spend rules
 * @param needs the needs it meets
 * @param outcomes the outcomes it helps achieve
 * @param paidPerson the individual paid, when the provider is an individual the family-payment rule must see, or null
 */
public record SupportItem(ItemId id, String description, String provider, PaymentRoute route, Quantity quantity,
                          SupportUnit unit, Money unitCost, SpendCategory category, Set<NeedId> needs,
                          Set<OutcomeId> outcomes, PaidPerson paidPerson) {

    /** The longest description or provider name accepted. */
    public static final int MAX_TEXT = 500;

    /** Validates every field. */
    public SupportItem {
        Check.present(id, "id");
        description = Check.text(description, "description", MAX_TEXT);
        provider = Check.text(provider, "provider", MAX_TEXT);
        Check.present(route, "route");
        Check.present(quantity, "quantity");
        Check.present(unit, "unit");
        Check.present(unitCost, "unitCost");
        if (unitCost.isNegative()) {
            throw InvalidValueException.of("unitCost", "money.non-negative", "a unit cost cannot be negative");
        }
        Check.present(category, "category");
        needs = Sets.sortedCopy(needs, "needs");
        outcomes = Sets.sortedCopy(outcomes, "outcomes");
    }

    /** The individual paid, if recorded. */
    public Optional<PaidPerson> payee() {
        return Optional.ofNullable(paidPerson);
    }

    /** The cost for one period of the unit (a week, a month, a year or the one-off), rounded by {@code rounding}. */
    public Money costPerUnitPeriod(RoundingRule rounding) {
        return unitCost.times(quantity, rounding);
    }

    /** True when the budget pays for it (anything but a top-up). */
    public boolean isBudgetFunded() {
        return route != PaymentRoute.TOP_UP;
    }
}
