package org.supportplan.domain.review;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.supportplan.domain.validation.Check;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * How far ahead a caseload looks, such as {@code 30d} or {@code 6w}: reviews due from today to the
 * window's last day, both included.
 *
 * @param amount how many days or weeks, 0 (today only) to 730 days or 104 weeks
 * @param unit days or weeks
 */
public record Window(int amount, Unit unit) {

    private static final Pattern TEXT = Pattern.compile("(\\d{1,4})\\s*([dw])");

    /** The unit of a window. */
    public enum Unit {
        /** Days. */
        DAYS,
        /** Weeks of seven days. */
        WEEKS
    }

    /** Validates. */
    public Window {
        Check.present(unit, "unit");
        int most = unit == Unit.DAYS ? 730 : 104;
        Check.that(amount >= 0 && amount <= most, "window", "caseload.window",
                "a caseload window is 0 to 730 days or 0 to 104 weeks, such as 30d or 6w");
    }

    /** Parses {@code 30d} (days) or {@code 6w} (weeks). */
    public static Window parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (m == null || !m.matches()) {
            throw InvalidValueException.of("window", "caseload.window",
                    "a caseload window is a number of days or weeks, such as 30d or 6w");
        }
        return new Window(Integer.parseInt(m.group(1)), m.group(2).equals("d") ? Unit.DAYS : Unit.WEEKS);
    }

    /** The last day in the window starting {@code today}. */
    public LocalDate lastDay(LocalDate today) {
        Check.present(today, "today");
        return unit == Unit.DAYS ? today.plusDays(amount) : today.plusWeeks(amount);
    }

    @Override
    public String toString() {
        return amount + (unit == Unit.DAYS ? "d" : "w");
    }
}
