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
import org.supportplan.domain.plan.SupportItems;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * The cost of a plan's support per item and in total, per week, per four weeks and per year, under
 * a council's {@link CostRules}. Each item's weekly and annual costs are rounded once from its exact
 * cost; four-weekly is four times weekly; totals are the exact sums of the lines. Top-up items are
 * totalled apart from what the budget pays.
 *
 * <p>Every figure is worked out when the breakdown is made, in whole pence as {@code long}s (ADR 25), from the price
 * per period that {@link SupportItems} keeps beside each item (ADR 27), and checked against the money range unless the
 * price is too small for any figure to leave it; only the sums are kept. Lines and totals are made when first asked
 * for (each line's figures worked out again, by the same arithmetic), so a caseload's breakdowns cost one object per
 * plan.
 */
public final class CostBreakdown {

    private static final long THOUSAND = 1_000;
    private static final long MILLION = 1_000_000;
    /** Where {@link #cost} puts an item's weekly and its annual (or one-off) cost; four-weekly is always four weekly. */
    private static final int WEEKLY = 0;
    private static final int YEARLY = 1;
    private static final int FIGURES = 2;
    /**
     * An item whose price per period is below 2^46 thousandths of a penny (about 700 million pounds) needs no overflow
     * or range check: times any weeks a year (at most 53,000 thousandths, below 2^16) it fits a {@code long}, and no
     * figure made from it is more than 0.053 of it (a weekly item's year of 53 weeks), far within the money range. Every plan's item is such; any other
     * takes the checked arithmetic. The check is one shift, so a caseload's breakdowns cost little more than its sums.
     */
    private static final int UNCHECKED_PRICE_BITS = 46;
    /** The paths of the items a plan may hold, made once: every line of every breakdown names its item's path. */
    private static final String[] ITEM_PATHS = new String[PlanContent.MAX_ENTRIES];

    static {
        for (int i = 0; i < ITEM_PATHS.length; i++) {
            ITEM_PATHS[i] = "$.supportItems[" + i + "]";
        }
    }

    private final SupportItems items;
    private final CostRules rules;
    private final long weekly;
    private final long annual;
    private final long oneOff;
    private final long budgetWeekly;
    private final long budgetAnnual;
    private final long budgetOneOff;
    /*
     * Made on first use. A race makes equal values twice at worst, and immutable lists and records are safely published
     * through their final fields, so no lock is needed (as for String.hashCode).
     */
    private List<CostLine> lines;
    private CostTotals all;
    private CostTotals budgetFunded;
    private CostTotals topUpFunded;

    private CostBreakdown(SupportItems items, CostRules rules, long weekly, long annual, long oneOff, long budgetWeekly,
                          long budgetAnnual, long budgetOneOff) {
        this.items = items;
        this.rules = rules;
        this.weekly = weekly;
        this.annual = annual;
        this.oneOff = oneOff;
        this.budgetWeekly = budgetWeekly;
        this.budgetAnnual = budgetAnnual;
        this.budgetOneOff = budgetOneOff;
    }

    /** The JSON path of a plan's support item, such as {@code $.supportItems[2]}. */
    public static String itemPath(int index) {
        return index >= 0 && index < ITEM_PATHS.length ? ITEM_PATHS[index] : "$.supportItems[" + index + "]";
    }

    /** Breaks down {@code items} under {@code rules}. */
    public static CostBreakdown of(List<SupportItem> items, CostRules rules) {
        // A plan's items already are SupportItems (PlanContent keeps them so), and are not copied again.
        SupportItems held = SupportItems.copyOf(items);
        long weeks = rules.weeksPerYear().thousandths();
        RoundingRule rounding = rules.rounding();
        long weekly = 0;
        long annual = 0;
        long oneOff = 0;
        long budgetWeekly = 0;
        long budgetAnnual = 0;
        long budgetOneOff = 0;
        long[] figures = new long[FIGURES];
        for (int i = 0; i < held.size(); i++) {
            Period period = held.period(i);
            try {
                cost(held.price(i), held, i, period, weeks, rounding, figures);
            } catch (InvalidValueException e) {
                // An item whose cost runs beyond the money range is named, so the person knows which one to fix.
                throw e.under("supportItems[" + i + "]");
            }
            long week = figures[WEEKLY];
            long year = figures[YEARLY];
            boolean once = period == Period.ONE_OFF;
            weekly = Math.addExact(weekly, week);
            annual = Math.addExact(annual, once ? 0 : year);
            oneOff = Math.addExact(oneOff, once ? year : 0);
            if (held.budgetFunded(i)) {
                budgetWeekly += week;
                budgetAnnual += once ? 0 : year;
                budgetOneOff += once ? year : 0;
            }
        }
        // Costs are never negative, so the budget's sums are parts of the whole's and the top-ups' are exact differences:
        // when the whole's totals are within the money range, so are theirs.
        CostTotals.checkPence(weekly, annual, oneOff);
        return new CostBreakdown(held, rules, weekly, annual, oneOff, budgetWeekly, budgetAnnual, budgetOneOff);
    }

    /** One item's line. */
    public static CostLine line(SupportItem item, String path, CostRules rules) {
        SupportItems held = SupportItems.copyOf(List.of(item));
        return line(held, 0, path, rules);
    }

    /** One line per support item, in plan order. */
    public List<CostLine> lines() {
        List<CostLine> made = lines;
        if (made == null) {
            CostLine[] each = new CostLine[items.size()];
            for (int i = 0; i < each.length; i++) {
                each[i] = line(items, i, itemPath(i), rules);
            }
            made = List.of(each);
            lines = made;
        }
        return made;
    }

    /** Totals of the items the personal budget pays for. */
    public CostTotals budgetFunded() {
        CostTotals made = budgetFunded;
        if (made == null) {
            made = CostTotals.ofPence(budgetWeekly, budgetAnnual, budgetOneOff);
            budgetFunded = made;
        }
        return made;
    }

    /** Totals of the items paid by top-ups. */
    public CostTotals topUpFunded() {
        CostTotals made = topUpFunded;
        if (made == null) {
            made = CostTotals.ofPence(weekly - budgetWeekly, annual - budgetAnnual, oneOff - budgetOneOff);
            topUpFunded = made;
        }
        return made;
    }

    /** Totals of every item. */
    public CostTotals all() {
        CostTotals made = all;
        if (made == null) {
            made = CostTotals.ofPence(weekly, annual, oneOff);
            all = made;
        }
        return made;
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

    /** The line of the item at {@code index} of {@code items}. */
    private static CostLine line(SupportItems items, int index, String path, CostRules rules) {
        SupportItem item = items.get(index);
        Period period = items.period(index);
        long[] figures = new long[FIGURES];
        cost(items.price(index), items, index, period, rules.weeksPerYear().thousandths(), rules.rounding(), figures);
        long week = figures[WEEKLY];
        Money year = Money.ofPence(figures[YEARLY]);
        boolean once = period == Period.ONE_OFF;
        return new CostLine(item.id(), path, item.route(), Money.ofPence(week), Money.ofPence(4 * week),
                once ? Money.ZERO : year, once ? year : Money.ZERO);
    }

    /**
     * Works out the weekly cost of the item at {@code index} into {@code figures[WEEKLY]} and its annual cost (or its
     * one-off cost, for a one-off item, which has no annual cost) into {@code figures[YEARLY]}, from its
     * {@link SupportItems#priceOf price per period} and its period; refuses any figure (four-weekly included) beyond the
     * money range.
     */
    private static void cost(long price, SupportItems items, int index, Period period, long weeks, RoundingRule rounding,
                             long[] figures) {
        // Quantities and weeks a year are whole thousandths, so every conversion is the price times a ratio of whole
        // numbers, rounded once.
        switch (period) {
            case WEEK -> {
                figures[WEEKLY] = times(price, items, index, 1, THOUSAND, rounding);
                figures[YEARLY] = times(price, items, index, weeks, MILLION, rounding);
            }
            case FOUR_WEEKS -> {
                figures[WEEKLY] = times(price, items, index, 1, 4 * THOUSAND, rounding);
                figures[YEARLY] = times(price, items, index, weeks, 4 * MILLION, rounding);
            }
            case MONTH -> {
                figures[WEEKLY] = times(price, items, index, 12, weeks, rounding);
                figures[YEARLY] = times(price, items, index, 12, THOUSAND, rounding);
            }
            case YEAR -> {
                figures[WEEKLY] = times(price, items, index, 1, weeks, rounding);
                figures[YEARLY] = times(price, items, index, 1, THOUSAND, rounding);
            }
            case ONE_OFF -> {
                figures[WEEKLY] = 0;
                figures[YEARLY] = times(price, items, index, 1, THOUSAND, rounding);
            }
            default -> throw new IllegalStateException("unknown period " + period);
        }
        if (price >>> UNCHECKED_PRICE_BITS != 0) {
            // Four weeks fit the money range whenever the year does (a year is at least thirteen of them), but the figure
            // is checked as every other one is, so no line can hold an amount Money refuses. Four of a figure fit a long.
            Money.checkRange(4 * figures[WEEKLY]);
        }
    }

    /**
     * {@code price x b / denominator}, exact, rounded once. Unchecked for a price below 2^{@value #UNCHECKED_PRICE_BITS}
     * (see there); otherwise in {@code long}s when the product fits one, else in {@code BigDecimal} from the item's own
     * unit cost and quantity, and refused beyond the money range. Every operand is at least 0 (the price may be -1,
     * beyond a long), the denominator above 0.
     */
    private static long times(long price, SupportItems items, int index, long b, long denominator, RoundingRule rounding) {
        if (price >>> UNCHECKED_PRICE_BITS == 0) {
            return rounding.quotient(price * b, denominator);
        }
        return checkedTimes(price, items.get(index), b, denominator, rounding);
    }

    private static long checkedTimes(long price, SupportItem item, long b, long denominator, RoundingRule rounding) {
        long figure;
        long numerator = price * b;
        if (price >= 0 && Math.multiplyHigh(price, b) == 0 && numerator >= 0) {
            figure = rounding.quotient(numerator, denominator);
        } else {
            figure = item.unitCost().timesFraction(BigDecimal.valueOf(item.quantity().thousandths()).multiply(BigDecimal.valueOf(b)),
                    BigDecimal.valueOf(denominator), rounding).pence();
        }
        Money.checkRange(figure);
        return figure;
    }
}
