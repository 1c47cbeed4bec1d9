package org.supportplan.domain.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.supportplan.domain.money.CostRules;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.RoundingRule;
import org.supportplan.domain.plan.Period;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * The cost of a plan's support per item and in total, per week, per four weeks and per year, under
 * a council's {@link CostRules}. Each item's weekly and annual costs are rounded once from its exact
 * cost; four-weekly is four times weekly; totals are the exact sums of the lines. Top-up items are
 * totalled apart from what the budget pays.
 *
 * <p>Every figure is worked out and checked when the breakdown is made, and kept in whole pence (ADR 25): per item
 * in a column of {@code long}s, totals as sums. Lines are made from those figures when first asked for, so a caseload's
 * breakdowns cost no objects per item.
 */
public final class CostBreakdown {

    private static final long THOUSAND = 1_000;
    private static final long MILLION = 1_000_000;
    /**
     * Where an item's figures are in {@link #pence}: weekly, then annual (or the one-off cost, for a one-off item,
     * which has no annual cost); four-weekly is always four weekly. Two figures an item, not four, keep the column small.
     */
    private static final int WEEKLY = 0;
    private static final int YEARLY = 1;
    private static final int FIGURES = 2;
    /** The paths of the items a plan may hold, made once: every line of every breakdown names its item's path. */
    private static final String[] ITEM_PATHS = new String[PlanContent.MAX_ENTRIES];

    static {
        for (int i = 0; i < ITEM_PATHS.length; i++) {
            ITEM_PATHS[i] = "$.supportItems[" + i + "]";
        }
    }

    private final List<SupportItem> items;
    private final long[] pence;
    private final CostTotals budgetFunded;
    private final CostTotals topUpFunded;
    private final CostTotals all;
    private final CostRules rules;
    /**
     * Made on first use. A race makes equal lists twice at worst, and an immutable list of records is safely published
     * through its final fields, so no lock is needed (as for {@code String.hashCode}).
     */
    private List<CostLine> lines;

    private CostBreakdown(List<SupportItem> items, long[] pence, CostTotals budgetFunded, CostTotals topUpFunded,
                          CostTotals all, CostRules rules) {
        this.items = items;
        this.pence = pence;
        this.budgetFunded = budgetFunded;
        this.topUpFunded = topUpFunded;
        this.all = all;
        this.rules = rules;
    }

    /** The JSON path of a plan's support item, such as {@code $.supportItems[2]}. */
    public static String itemPath(int index) {
        return index >= 0 && index < ITEM_PATHS.length ? ITEM_PATHS[index] : "$.supportItems[" + index + "]";
    }

    /** Breaks down {@code items} under {@code rules}. */
    public static CostBreakdown of(List<SupportItem> items, CostRules rules) {
        List<SupportItem> held = List.copyOf(items);
        long weeks = rules.weeksPerYear().thousandths();
        RoundingRule rounding = rules.rounding();
        long[] pence = new long[held.size() * FIGURES];
        long weekly = 0;
        long annual = 0;
        long oneOff = 0;
        long budgetWeekly = 0;
        long budgetAnnual = 0;
        long budgetOneOff = 0;
        // Each item's price and quantity are fetched first, in a loop that does nothing else, so the processor fetches many
        // items from memory at once; the arithmetic below would otherwise wait for each item in turn. The figures written
        // here are overwritten with the item's costs.
        for (int i = 0; i < held.size(); i++) {
            SupportItem item = held.get(i);
            pence[i * FIGURES + WEEKLY] = item.unitCost().pence();
            pence[i * FIGURES + YEARLY] = item.quantity().thousandths();
        }
        for (int i = 0; i < held.size(); i++) {
            SupportItem item = held.get(i);
            int at = i * FIGURES;
            try {
                cost(item, weeks, rounding, pence, at);
            } catch (InvalidValueException e) {
                // An item whose cost runs beyond the money range is named, so the person knows which one to fix.
                throw e.under("supportItems[" + i + "]");
            }
            long week = pence[at + WEEKLY];
            long year = pence[at + YEARLY];
            boolean once = item.unit().period() == Period.ONE_OFF;
            weekly = Math.addExact(weekly, week);
            annual = Math.addExact(annual, once ? 0 : year);
            oneOff = Math.addExact(oneOff, once ? year : 0);
            if (item.isBudgetFunded()) {
                budgetWeekly += week;
                budgetAnnual += once ? 0 : year;
                budgetOneOff += once ? year : 0;
            }
        }
        // Costs are never negative, so the budget's sums are parts of the whole's, and the top-ups' are exact differences.
        return new CostBreakdown(held, pence, CostTotals.ofPence(budgetWeekly, budgetAnnual, budgetOneOff),
                CostTotals.ofPence(weekly - budgetWeekly, annual - budgetAnnual, oneOff - budgetOneOff),
                CostTotals.ofPence(weekly, annual, oneOff), rules);
    }

    /** One item's line. */
    public static CostLine line(SupportItem item, String path, CostRules rules) {
        long[] pence = new long[FIGURES];
        cost(item, rules.weeksPerYear().thousandths(), rules.rounding(), pence, 0);
        return line(item, path, pence, 0);
    }

    /** One line per support item, in plan order. */
    public List<CostLine> lines() {
        List<CostLine> made = lines;
        if (made == null) {
            CostLine[] each = new CostLine[items.size()];
            for (int i = 0; i < each.length; i++) {
                each[i] = line(items.get(i), itemPath(i), pence, i * FIGURES);
            }
            made = List.of(each);
            lines = made;
        }
        return made;
    }

    /** Totals of the items the personal budget pays for. */
    public CostTotals budgetFunded() {
        return budgetFunded;
    }

    /** Totals of the items paid by top-ups. */
    public CostTotals topUpFunded() {
        return topUpFunded;
    }

    /** Totals of every item. */
    public CostTotals all() {
        return all;
    }

    /** The rules used. */
    public CostRules rules() {
        return rules;
    }

    /** Equal when the lines, totals and rules are, as when this was a record of them. */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof CostBreakdown that && rules.equals(that.rules) && all().equals(that.all())
                && budgetFunded().equals(that.budgetFunded()) && topUpFunded().equals(that.topUpFunded())
                && lines().equals(that.lines());
    }

    @Override
    public int hashCode() {
        return Objects.hash(lines(), budgetFunded(), topUpFunded(), all(), rules);
    }

    @Override
    public String toString() {
        return "CostBreakdown[lines=" + lines() + ", budgetFunded=" + budgetFunded() + ", topUpFunded=" + topUpFunded()
                + ", all=" + all() + ", rules=" + rules + "]";
    }

    /**
     * Works out one item's weekly and annual (or one-off) pence into {@code pence} from {@code at}, refusing any figure
     * (four-weekly included) beyond the money range.
     */
    private static void cost(SupportItem item, long weeks, RoundingRule rounding, long[] pence, int at) {
        // The price of one period's worth of the unit, exact (pence x quantity, no rounding yet). Quantities and weeks a
        // year are whole thousandths, so every conversion is the price times a ratio of whole numbers, rounded once.
        Money unitCost = item.unitCost();
        long quantity = item.quantity().thousandths();
        switch (item.unit().period()) {
            case WEEK -> {
                pence[at + WEEKLY] = times(unitCost, quantity, 1, THOUSAND, rounding);
                pence[at + YEARLY] = times(unitCost, quantity, weeks, MILLION, rounding);
            }
            case FOUR_WEEKS -> {
                pence[at + WEEKLY] = times(unitCost, quantity, 1, 4 * THOUSAND, rounding);
                pence[at + YEARLY] = times(unitCost, quantity, weeks, 4 * MILLION, rounding);
            }
            case MONTH -> {
                pence[at + WEEKLY] = times(unitCost, quantity, 12, weeks, rounding);
                pence[at + YEARLY] = times(unitCost, quantity, 12, THOUSAND, rounding);
            }
            case YEAR -> {
                pence[at + WEEKLY] = times(unitCost, quantity, 1, weeks, rounding);
                pence[at + YEARLY] = times(unitCost, quantity, 1, THOUSAND, rounding);
            }
            case ONE_OFF -> {
                pence[at + WEEKLY] = 0;
                pence[at + YEARLY] = times(unitCost, quantity, 1, THOUSAND, rounding);
            }
            default -> throw new IllegalStateException("unknown period " + item.unit().period());
        }
        // Four weeks fit the money range whenever the year does (a year is at least thirteen of them), but the figure is
        // checked as every other one is, so no line can hold an amount Money refuses. Four of a weekly figure fit a long.
        Money.checkRange(4 * pence[at + WEEKLY]);
    }

    /** The line of the item whose figures are in {@code pence} from {@code at}. */
    private static CostLine line(SupportItem item, String path, long[] pence, int at) {
        long weekly = pence[at + WEEKLY];
        Money year = Money.ofPence(pence[at + YEARLY]);
        boolean once = item.unit().period() == Period.ONE_OFF;
        return new CostLine(item.id(), path, item.route(), Money.ofPence(weekly), Money.ofPence(4 * weekly),
                once ? Money.ZERO : year, once ? year : Money.ZERO);
    }

    /**
     * {@code amount x a x b / denominator} in pence, exact, rounded once (in {@code long}s unless {@code a x b}
     * overflows one).
     */
    private static long times(Money amount, long a, long b, long denominator, RoundingRule rounding) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        if (high == (low >> 63)) {
            return amount.timesFractionInPence(low, denominator, rounding);
        }
        return amount.timesFraction(BigDecimal.valueOf(a).multiply(BigDecimal.valueOf(b)), BigDecimal.valueOf(denominator), rounding)
                .pence();
    }
}
