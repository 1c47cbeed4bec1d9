package org.supportplan.domain.planted;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.function.Supplier;

/** Violations: every way of reading the system clock the time rule forbids, one per method. */
public final class DomainReadingTheSystemClock {

    public LocalDate today() {
        return LocalDate.now();
    }

    public LocalDateTime nowInUtc() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    public Supplier<Instant> instants() {
        return Instant::now;
    }

    public long millis() {
        return System.currentTimeMillis();
    }

    public long nanos() {
        return System.nanoTime();
    }

    public Date legacyDate() {
        return new Date();
    }

    public Clock systemClock() {
        return Clock.systemUTC();
    }
}
