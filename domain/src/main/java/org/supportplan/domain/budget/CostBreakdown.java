package org.supportplan.domain.budget;

import org.supportplan.domain.money.CostRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.supportplan.domain.money.Money;
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

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    /** Breaks down {@code items} under {@code rules}. */
    public static CostBreakdown of(List<SupportItem> items, CostRules rules) {
        List<CostLine> lines = new ArrayList<>(items.size());
        List<CostLine> budget = new ArrayList<>(items.size());
        List<CostLine> topUp = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            CostLine line;
            try {
                line = line(items.get(i), "$.supportItems[" + i + "]", rules);
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
        // The price of one period's worth of the unit, exact (pence x quantity, no rounding yet).
        Money unitCost = item.unitCost();
        BigDecimal quantity = item.quantity().toBigDecimal();
        BigDecimal weeks = rules.weeksPerYear().toBigDecimal();
        Money weekly;
        Money annual;
        Money oneOff = Money.ZERO;
        switch (item.unit().period()) {
            case WEEK -> {
                weekly = unitCost.timesFraction(quantity, BigDecimal.ONE, rules.rounding());
                annual = unitCost.timesFraction(quantity.multiply(weeks), BigDecimal.ONE, rules.rounding());
            }
            case FOUR_WEEKS -> {
                weekly = unitCost.timesFraction(quantity, FOUR, rules.rounding());
                annual = unitCost.timesFraction(quantity.multiply(weeks), FOUR, rules.rounding());
            }
            case MONTH -> {
                weekly = unitCost.timesFraction(quantity.multiply(TWELVE), weeks, rules.rounding());
                annual = unitCost.timesFraction(quantity.multiply(TWELVE), BigDecimal.ONE, rules.rounding());
            }
            case YEAR -> {
                weekly = unitCost.timesFraction(quantity, weeks, rules.rounding());
                annual = unitCost.timesFraction(quantity, BigDecimal.ONE, rules.rounding());
            }
            case ONE_OFF -> {
                weekly = Money.ZERO;
                annual = Money.ZERO;
                oneOff = unitCost.timesFraction(quantity, BigDecimal.ONE, rules.rounding());
            }
            default -> throw new IllegalStateException("unknown period " + item.unit().period());
        }
        return new CostLine(item.id(), path, item.route(), weekly, weekly.times(4), annual, oneOff);
    }
}
