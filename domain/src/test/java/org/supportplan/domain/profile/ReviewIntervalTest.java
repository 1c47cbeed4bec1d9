package org.supportplan.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * How review intervals are counted (ADR 0014): "12 weeks" is 84 days, "N months" is the same day of the
 * month N months on, the month's last day when that month is shorter.
 */
class ReviewIntervalTest {

    private static final Gen<LocalDate> DATES = Generate.longRange(LocalDate.of(1990, 1, 1).toEpochDay(),
            LocalDate.of(2110, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);

    private static Gen<ReviewInterval> intervals() {
        return integers().between(1, 120).zip(Generate.enumValues(ReviewInterval.Unit.class),
                (amount, unit) -> new ReviewInterval(amount, unit, ReviewAnchor.PREVIOUS_REVIEW));
    }

    @Test
    void weeksAreSevenDaysEach() {
        assertThat(ReviewInterval.weeks(12, ReviewAnchor.SUPPORT_START).dueAfter(LocalDate.of(2026, 3, 16)))
                .isEqualTo(LocalDate.of(2026, 6, 8));
        assertThat(ReviewInterval.weeks(8, ReviewAnchor.SIGN_OFF).dueAfter(LocalDate.of(2026, 3, 2)))
                .isEqualTo(LocalDate.of(2026, 4, 27));
        // across the leap day: still 84 days
        assertThat(ReviewInterval.weeks(12, ReviewAnchor.SUPPORT_START).dueAfter(LocalDate.of(2028, 1, 15)))
                .isEqualTo(LocalDate.of(2028, 4, 8));
    }

    @Test
    void monthsKeepTheDayOfTheMonthOrFallOnTheLastDayOfAShorterMonth() {
        ReviewInterval sixMonths = ReviewInterval.months(6, ReviewAnchor.FIRST_PAYMENT);
        ReviewInterval twelveMonths = ReviewInterval.months(12, ReviewAnchor.PREVIOUS_REVIEW);
        assertThat(sixMonths.dueAfter(LocalDate.of(2026, 1, 15))).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(sixMonths.dueAfter(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(sixMonths.dueAfter(LocalDate.of(2027, 8, 31))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(sixMonths.dueAfter(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(twelveMonths.dueAfter(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(twelveMonths.dueAfter(LocalDate.of(2099, 2, 28))).isEqualTo(LocalDate.of(2100, 2, 28));
        assertThat(ReviewInterval.months(3, ReviewAnchor.PREVIOUS_REVIEW).dueAfter(LocalDate.of(2026, 11, 30)))
                .isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void countingFromAnyDateGivesExactlyTheWeeksOrTheClampedCalendarMonths() {
        qt().withExamples(2_000).forAll(intervals(), DATES).checkAssert((interval, anchor) -> {
            LocalDate due = interval.dueAfter(anchor);
            if (interval.unit() == ReviewInterval.Unit.WEEKS) {
                assertThat(ChronoUnit.DAYS.between(anchor, due)).isEqualTo(7L * interval.amount());
            } else {
                assertThat(ChronoUnit.MONTHS.between(anchor.withDayOfMonth(1), due.withDayOfMonth(1))).isEqualTo(interval.amount());
                assertThat(due.getDayOfMonth()).isEqualTo(Math.min(anchor.getDayOfMonth(), due.lengthOfMonth()));
            }
            assertThat(due).isAfter(anchor);
        });
    }

    @Test
    void neverLaterThanComparesWeeksAndMonthsOverEveryDate() {
        ReviewInterval sixMonths = ReviewInterval.months(6, ReviewAnchor.FIRST_PAYMENT);
        ReviewInterval twelveMonths = ReviewInterval.months(12, ReviewAnchor.PREVIOUS_REVIEW);
        assertThat(ReviewInterval.weeks(25, ReviewAnchor.FIRST_PAYMENT).neverLaterThan(sixMonths)).isTrue();
        // 26 weeks is 182 days; 31 August + 6 months is 28 February, 181 days on
        assertThat(ReviewInterval.weeks(26, ReviewAnchor.FIRST_PAYMENT).neverLaterThan(sixMonths)).isFalse();
        assertThat(ReviewInterval.weeks(52, ReviewAnchor.PREVIOUS_REVIEW).neverLaterThan(twelveMonths)).isTrue();
        assertThat(ReviewInterval.weeks(53, ReviewAnchor.PREVIOUS_REVIEW).neverLaterThan(twelveMonths)).isFalse();
        assertThat(ReviewInterval.months(12, ReviewAnchor.PREVIOUS_REVIEW).neverLaterThan(twelveMonths)).isTrue();
        assertThat(ReviewInterval.months(13, ReviewAnchor.PREVIOUS_REVIEW).neverLaterThan(twelveMonths)).isFalse();
        // one month is 28 to 31 days: never later than 5 weeks, sometimes later than 4
        assertThat(ReviewInterval.months(1, ReviewAnchor.PREVIOUS_REVIEW).neverLaterThan(ReviewInterval.weeks(5, ReviewAnchor.PREVIOUS_REVIEW))).isTrue();
        assertThat(ReviewInterval.months(1, ReviewAnchor.PREVIOUS_REVIEW).neverLaterThan(ReviewInterval.weeks(4, ReviewAnchor.PREVIOUS_REVIEW))).isFalse();
    }

    @Test
    void whenOneIntervalIsNeverLaterThanAnotherItEndsNoLaterFromAnyDate() {
        qt().withExamples(3_000).forAll(intervals(), intervals(), DATES).checkAssert((a, b, anchor) -> {
            if (a.neverLaterThan(b)) {
                assertThat(a.dueAfter(anchor)).isBeforeOrEqualTo(b.dueAfter(anchor));
            }
            if (!a.neverLaterThan(b) && a.unit() == b.unit()) {
                assertThat(a.dueAfter(anchor)).isAfterOrEqualTo(b.dueAfter(anchor));
            }
        });
    }

    @Test
    void neverLaterThanAgreesWithTheDateByDateOracleForEveryIntervalAgainstTheStatutoryBounds() {
        for (ReviewInterval interval : StatutoryBoundOracle.everyInterval(ReviewAnchor.PREVIOUS_REVIEW)) {
            assertThat(interval.neverLaterThan(ReviewInterval.months(12, ReviewAnchor.PREVIOUS_REVIEW)))
                    .as("%s within 12 months", interval).isEqualTo(StatutoryBoundOracle.LAWFUL_REGULAR.contains(interval));
        }
        for (ReviewInterval interval : StatutoryBoundOracle.everyInterval(ReviewAnchor.FIRST_PAYMENT)) {
            assertThat(interval.neverLaterThan(ReviewInterval.months(6, ReviewAnchor.FIRST_PAYMENT)))
                    .as("%s within 6 months", interval).isEqualTo(StatutoryBoundOracle.LAWFUL_DIRECT_PAYMENT_FIRST.contains(interval));
        }
    }
}
