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
 * <p>Every figure is worked out and checked when the breakdown is made, in whole pence as {@code long}s (ADR 25), from
 * the figures {@link SupportItems} keeps side by side (ADR 27); only the sums are kept. Lines and totals are made when
 * first asked for (each line's figures worked out again, by the same arithmetic), so a caseload's breakdowns cost one
 * object per plan.
 */
public final class CostBreakdown {

    private static final long THOUSAND = 1_000;
    private static final long MILLION = 1_000_000;
    /** Where {@link #cost} puts an item's weekly and its annual (or one-off) cost; four-weekly is always four weekly. */
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
            long unitCost = held.unitCostPence(i);
            long quantity = held.quantityThousandths(i);
            Period period = held.period(i);
            long week;
            long year;
            try {
                cost(unitCost, quantity, period, weeks, rounding, figures);
                week = figures[WEEKLY];
                year = figures[YEARLY];
            } catch (InvalidValueException e) {
                // An item whose cost runs beyond the money range is named, so the person knows which one to fix.
                throw e.under("supportItems[" + i + "]");
            }
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
        return line(item, path, item.unitCost().pence(), item.quantity().thousandths(), rules);
    }

    /** One line per support item, in plan order. */
    public List<CostLine> lines() {
        List<CostLine> made = lines;
        if (made == null) {
            CostLine[] each = new CostLine[items.size()];
            for (int i = 0; i < each.length; i++) {
                each[i] = line(items.get(i), itemPath(i), items.unitCostPence(i), items.quantityThousandths(i), rules);
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

    /** The line of {@code item}, whose unit cost and quantity are {@code unitCost} pence and {@code quantity} thousandths. */
    private static CostLine line(SupportItem item, String path, long unitCost, long quantity, CostRules rules) {
        Period period = item.unit().period();
        long[] figures = new long[FIGURES];
        cost(unitCost, quantity, period, rules.weeksPerYear().thousandths(), rules.rounding(), figures);
        long week = figures[WEEKLY];
        Money year = Money.ofPence(figures[YEARLY]);
        boolean once = period == Period.ONE_OFF;
        return new CostLine(item.id(), path, item.route(), Money.ofPence(week), Money.ofPence(4 * week),
                once ? Money.ZERO : year, once ? year : Money.ZERO);
    }

    /**
     * Works out an item's weekly cost into {@code figures[WEEKLY]} and its annual cost (or its one-off cost, for a one-off
     * item, which has no annual cost) into {@code figures[YEARLY]}, from its unit cost in pence, its quantity in
     * thousandths and its period; refuses any figure (four-weekly included) beyond the money range.
     */
    private static void cost(long unitCost, long quantity, Period period, long weeks, RoundingRule rounding, long[] figures) {
        // The price of one period's worth of the unit, exact (pence x quantity, no rounding yet), or -1 beyond a long
        // (both are at least 0). Quantities and weeks a year are whole thousandths, so every conversion is the price times
        // a ratio of whole numbers, rounded once.
        long exact = unitCost * quantity;
        if (Math.multiplyHigh(unitCost, quantity) != 0 || exact < 0) {
            exact = -1;
        }
        switch (period) {
            case WEEK -> {
                figures[WEEKLY] = times(exact, unitCost, quantity, 1, THOUSAND, rounding);
                figures[YEARLY] = times(exact, unitCost, quantity, weeks, MILLION, rounding);
            }
            case FOUR_WEEKS -> {
                figures[WEEKLY] = times(exact, unitCost, quantity, 1, 4 * THOUSAND, rounding);
                figures[YEARLY] = times(exact, unitCost, quantity, weeks, 4 * MILLION, rounding);
            }
            case MONTH -> {
                figures[WEEKLY] = times(exact, unitCost, quantity, 12, weeks, rounding);
                figures[YEARLY] = times(exact, unitCost, quantity, 12, THOUSAND, rounding);
            }
            case YEAR -> {
                figures[WEEKLY] = times(exact, unitCost, quantity, 1, weeks, rounding);
                figures[YEARLY] = times(exact, unitCost, quantity, 1, THOUSAND, rounding);
            }
            case ONE_OFF -> {
                figures[WEEKLY] = 0;
                figures[YEARLY] = times(exact, unitCost, quantity, 1, THOUSAND, rounding);
            }
            default -> throw new IllegalStateException("unknown period " + period);
        }
        // Four weeks fit the money range whenever the year does (a year is at least thirteen of them), but the figure is
        // checked as every other one is, so no line can hold an amount Money refuses. Four of a weekly figure fit a long.
        Money.checkRange(4 * figures[WEEKLY]);
    }

    /**
     * {@code pence x quantity x b / denominator}, exact, rounded once: in {@code long}s when {@code exact}, the price of
     * one period ({@code pence x quantity}), is not -1 and times {@code b} still fits one (always, for a plan's costs),
     * else in {@code BigDecimal}. Every operand is at least 0, the denominator above 0.
     */
    private static long times(long exact, long pence, long quantity, long b, long denominator, RoundingRule rounding) {
        if (exact >= 0) {
            long numerator = exact * b;
            if (Math.multiplyHigh(exact, b) == 0 && numerator >= 0) {
                long quotient = rounding.quotient(numerator, denominator);
                Money.checkRange(quotient);
                return quotient;
            }
        }
        return Money.ofPence(pence).timesFraction(BigDecimal.valueOf(quantity).multiply(BigDecimal.valueOf(b)),
                BigDecimal.valueOf(denominator), rounding).pence();
    }
}
