package org.supportplan.domain.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The statutory review bounds worked out date by date, as the law reads ("within 6 months", "not exceeding
 * 12 months"), over every date of the 400-year Gregorian cycle: the oracle the review policy and schedule
 * tests check against, independent of {@link ReviewInterval#neverLaterThan}.
 */
public final class StatutoryBoundOracle {

    /** The regular intervals (counted from the previous review) within 12 months for every date. */
    public static final List<ReviewInterval> LAWFUL_REGULAR = everyInterval(ReviewAnchor.PREVIOUS_REVIEW).stream()
            .filter(i -> withinEveryDate(i, 12)).toList();
    /** The first direct-payment intervals (counted from the first payment) within 6 months for every date. */
    public static final List<ReviewInterval> LAWFUL_DIRECT_PAYMENT_FIRST = everyInterval(ReviewAnchor.FIRST_PAYMENT).stream()
            .filter(i -> withinEveryDate(i, 6)).toList();

    private StatutoryBoundOracle() {
    }

    /**
     * Whether {@code interval}, counted from any date, never ends after {@code boundMonths} calendar months
     * from that date (weeks counted as days, months by {@link LocalDate#plusMonths}).
     */
    public static boolean withinEveryDate(ReviewInterval interval, int boundMonths) {
        for (LocalDate d = LocalDate.of(2000, 1, 1); d.isBefore(LocalDate.of(2400, 1, 1)); d = d.plusDays(1)) {
            LocalDate end = interval.unit() == ReviewInterval.Unit.WEEKS ? d.plusDays(7L * interval.amount()) : d.plusMonths(interval.amount());
            if (end.isAfter(d.plusMonths(boundMonths))) {
                return false;
            }
        }
        return true;
    }

    /** Every interval a profile can hold (1 to 120 weeks or months) counted from {@code anchor}. */
    public static List<ReviewInterval> everyInterval(ReviewAnchor anchor) {
        List<ReviewInterval> all = new ArrayList<>();
        for (ReviewInterval.Unit unit : ReviewInterval.Unit.values()) {
            for (int amount = 1; amount <= 120; amount++) {
                all.add(new ReviewInterval(amount, unit, anchor));
            }
        }
        return all;
    }
}
