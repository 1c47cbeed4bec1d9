package org.supportplan.domain.profile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.supportplan.domain.validation.Check;

/**
 * "Within N weeks (or months) of an event": how a review's due date is set. How the counting is done
 * (weeks as 7 days, months clamped to the month's last day, the due date inclusive) is ADR 0014.
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

    /** {@code amount} calendar months after {@code anchor}. */
    public static ReviewInterval months(int amount, ReviewAnchor anchor) {
        return new ReviewInterval(amount, Unit.MONTHS, anchor);
    }

    /** {@code amount} weeks after {@code anchor}. */
    public static ReviewInterval weeks(int amount, ReviewAnchor anchor) {
        return new ReviewInterval(amount, Unit.WEEKS, anchor);
    }

    /**
     * The last day a review counted from {@code anchorDate} may be held: {@code amount} weeks of seven days
     * later, or the same day of the month {@code amount} months later (the month's last day when it is shorter).
     */
    public LocalDate dueAfter(LocalDate anchorDate) {
        Check.present(anchorDate, "anchorDate");
        return unit == Unit.WEEKS ? anchorDate.plusWeeks(amount) : anchorDate.plusMonths(amount);
    }

    /**
     * True when, counted from any same date, this interval never ends after {@code other} does. Weeks and
     * months are compared over every date of the 400-year Gregorian cycle, so "26 weeks" is not within
     * "6 months" (31 August + 6 months is 181 days) while "25 weeks" is.
     */
    public boolean neverLaterThan(ReviewInterval other) {
        Check.present(other, "other");
        if (unit == other.unit) {
            return amount <= other.amount;
        }
        if (unit == Unit.WEEKS) {
            return 7L * amount <= MonthSpans.shortest(other.amount);
        }
        return MonthSpans.longest(amount) <= 7L * other.amount;
    }

    @Override
    public String toString() {
        return amount + " " + unit.name().toLowerCase(Locale.ROOT) + " after " + anchor.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The fewest and most days that "N months after" can be, over every start date. */
    private static final class MonthSpans {

        private static final Map<Integer, long[]> SPANS = new ConcurrentHashMap<>();
        // The Gregorian calendar repeats every 400 years, so this cycle holds every case there is.
        private static final LocalDate CYCLE_START = LocalDate.of(2000, 1, 1);
        private static final LocalDate CYCLE_END = CYCLE_START.plusYears(400);

        static long shortest(int months) {
            return spans(months)[0];
        }

        static long longest(int months) {
            return spans(months)[1];
        }

        private static long[] spans(int months) {
            return SPANS.computeIfAbsent(months, n -> {
                long min = Long.MAX_VALUE;
                long max = Long.MIN_VALUE;
                for (LocalDate d = CYCLE_START; d.isBefore(CYCLE_END); d = d.plusDays(1)) {
                    long days = ChronoUnit.DAYS.between(d, d.plusMonths(n));
                    min = Math.min(min, days);
                    max = Math.max(max, days);
                }
                return new long[] {min, max};
            });
        }
    }
}
