package org.supportplan.domain.budget;

import org.supportplan.domain.money.CostRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.RoundingRule;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * The cost of a plan's support per item and in total, per week, per four weeks and per year, under
 * a council's {@link CostRules}. Each item's weekly and annual costs are rounded once from its exact
 * cost; four-weekly is four times weekly; totals are the exact sums of the lines. Top-up items are
 * totalled apart from what the budget pays.
 *
 * @param lines one line per support item, in plan order
 * @param budgetFunded totals of the items the personal budget pays for
 * @param topUpFunded totals of the items paid by top-ups
 * @param all totals of every item
 * @param rules the rules used
 */
public record CostBreakdown(List<CostLine> lines, CostTotals budgetFunded, CostTotals topUpFunded, CostTotals all,
                            CostRules rules) {

    private static final long THOUSAND = 1_000;
    private static final long MILLION = 1_000_000;
    /** The paths of the items a plan may hold, made once: every line of every breakdown names its item's path. */
    private static final String[] ITEM_PATHS = new String[PlanContent.MAX_ENTRIES];

    static {
        for (int i = 0; i < ITEM_PATHS.length; i++) {
            ITEM_PATHS[i] = "$.supportItems[" + i + "]";
        }
    }

    /** The JSON path of a plan's support item, such as {@code $.supportItems[2]}. */
    public static String itemPath(int index) {
        return index >= 0 && index < ITEM_PATHS.length ? ITEM_PATHS[index] : "$.supportItems[" + index + "]";
    }

    /** Breaks down {@code items} under {@code rules}. */
    public static CostBreakdown of(List<SupportItem> items, CostRules rules) {
        List<CostLine> lines = new ArrayList<>(items.size());
        List<CostLine> budget = new ArrayList<>(items.size());
        List<CostLine> topUp = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            CostLine line;
            try {
                line = line(items.get(i), itemPath(i), rules);
            } catch (InvalidValueException e) {
                // An item whose cost runs beyond the money range is named, so the person knows which one to fix.
                throw e.under("supportItems[" + i + "]");
            }
            lines.add(line);
            (items.get(i).isBudgetFunded() ? budget : topUp).add(line);
        }
        return new CostBreakdown(List.copyOf(lines), CostTotals.of(budget), CostTotals.of(topUp), CostTotals.of(lines), rules);
    }

    /** One item's line. */
    public static CostLine line(SupportItem item, String path, CostRules rules) {
        // The price of one period's worth of the unit, exact (pence x quantity, no rounding yet). Quantities and weeks a
        // year are whole thousandths, so every conversion is the price times a ratio of whole numbers, rounded once.
        Money unitCost = item.unitCost();
        long quantity = item.quantity().thousandths();
        long weeks = rules.weeksPerYear().thousandths();
        RoundingRule rounding = rules.rounding();
        Money weekly;
        Money annual;
        Money oneOff = Money.ZERO;
        switch (item.unit().period()) {
            case WEEK -> {
                weekly = times(unitCost, quantity, 1, THOUSAND, rounding);
                annual = times(unitCost, quantity, weeks, MILLION, rounding);
            }
            case FOUR_WEEKS -> {
                weekly = times(unitCost, quantity, 1, 4 * THOUSAND, rounding);
                annual = times(unitCost, quantity, weeks, 4 * MILLION, rounding);
            }
            case MONTH -> {
                weekly = times(unitCost, quantity, 12, weeks, rounding);
                annual = times(unitCost, quantity, 12, THOUSAND, rounding);
            }
            case YEAR -> {
                weekly = times(unitCost, quantity, 1, weeks, rounding);
                annual = times(unitCost, quantity, 1, THOUSAND, rounding);
            }
            case ONE_OFF -> {
                weekly = Money.ZERO;
                annual = Money.ZERO;
                oneOff = times(unitCost, quantity, 1, THOUSAND, rounding);
            }
            default -> throw new IllegalStateException("unknown period " + item.unit().period());
        }
        return new CostLine(item.id(), path, item.route(), weekly, weekly.times(4), annual, oneOff);
    }

    /** {@code amount x a x b / denominator}, exact, rounded once (in {@code long}s unless {@code a x b} overflows one). */
    private static Money times(Money amount, long a, long b, long denominator, RoundingRule rounding) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        if (high == (low >> 63)) {
            return amount.timesFraction(low, denominator, rounding);
        }
        return amount.timesFraction(BigDecimal.valueOf(a).multiply(BigDecimal.valueOf(b)), BigDecimal.valueOf(denominator), rounding);
    }
}

