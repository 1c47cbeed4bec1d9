package org.supportplan.adapter.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand, so a plan agreed in March can be reviewed in June. */
final class TestClock extends Clock {

    private volatile Instant now;

    TestClock(Instant start) {
        this.now = start;
    }

    /** From now on it is {@code instant}. */
    void set(Instant instant) {
        now = instant;
    }

    /** From now on it is 09:00 UTC on {@code date} (10:00 in England in summer; the same day either way). */
    void set(String date) {
        now = Instant.parse(date + "T09:00:00Z");
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock is always UTC");
    }
}
