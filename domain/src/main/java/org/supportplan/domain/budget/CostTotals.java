package org.supportplan.domain.budget;

import java.util.List;

import org.supportplan.domain.money.Money;

/**
 * Sums of cost lines in every period; always the exact sum of the lines, so no penny is lost or created.
 *
 * @param weekly total a week
 * @param fourWeekly total every four weeks
 * @param annual total recurring a year
 * @param oneOff total one-off
 */
public record CostTotals(Money weekly, Money fourWeekly, Money annual, Money oneOff) {

    /** Nothing. */
    public static final CostTotals ZERO = new CostTotals(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    /** The totals of {@code lines}. */
    public static CostTotals of(List<CostLine> lines) {
        long weekly = 0;
        long fourWeekly = 0;
        long annual = 0;
        long oneOff = 0;
        for (CostLine line : lines) {
            weekly = Math.addExact(weekly, line.weekly().pence());
            fourWeekly = Math.addExact(fourWeekly, line.fourWeekly().pence());
            annual = Math.addExact(annual, line.annual().pence());
            oneOff = Math.addExact(oneOff, line.oneOff().pence());
        }
        return new CostTotals(Money.ofPence(weekly), Money.ofPence(fourWeekly), Money.ofPence(annual), Money.ofPence(oneOff));
    }

    /** Totals of whole pence, four-weekly being four weekly (as on every line); refuses any beyond the money range. */
    static CostTotals ofPence(long weekly, long annual, long oneOff) {
        // Money.ofPence refuses each beyond the range, weekly before four-weekly, so four of it cannot overflow.
        return new CostTotals(Money.ofPence(weekly), Money.ofPence(4 * weekly), Money.ofPence(annual), Money.ofPence(oneOff));
    }

    /** Refuses, as {@link #ofPence} would, totals beyond the money range; makes nothing. */
    static void checkPence(long weekly, long annual, long oneOff) {
        Money.checkRange(weekly);
        Money.checkRange(Math.multiplyExact(4, weekly));
        Money.checkRange(annual);
        Money.checkRange(oneOff);
    }

    /** Recurring annual plus one-off: what the first year costs. */
    public Money firstYear() {
        return annual.plus(oneOff);
    }
}
