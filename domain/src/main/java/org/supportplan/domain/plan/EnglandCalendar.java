package org.supportplan.domain.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.supportplan.domain.validation.Check;

/**
 * The calendar plan dates are kept in: days in England, so a sign-off at 00:30 BST on 1 June is a
 * 1 June sign-off (ADR 0014), for review dates, support starts and audits alike. "Today" always comes
 * from an injected clock.
 */
public final class EnglandCalendar {

    /** The time zone plan dates are counted in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private EnglandCalendar() {
    }

    /** Today's date in England by {@code clock}. */
    public static LocalDate today(Clock clock) {
        return dateOf(Check.present(clock, "clock").instant());
    }

    /** The date in England of {@code instant}, such as a sign-off. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(Check.present(instant, "instant"), ZONE);
    }
}
