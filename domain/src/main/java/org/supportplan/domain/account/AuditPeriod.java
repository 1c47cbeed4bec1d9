package org.supportplan.domain.account;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.supportplan.domain.validation.Check;

/**
 * The days an audit covers, both inclusive. At most {@link #MAX_DAYS} long, which bounds the state an
 * audit keeps however many transactions it reads.
 *
 * @param from the first day
 * @param to the last day; not before {@code from}
 */
public record AuditPeriod(LocalDate from, LocalDate to) {

    /** The longest period one audit covers: ten years. */
    public static final int MAX_DAYS = 3653;

    /** Validates. */
    public AuditPeriod {
        Check.present(from, "from");
        Check.present(to, "to");
        Check.that(!to.isBefore(from), "to", "audit-period.order",
                "an audit period cannot end (" + to + ") before it starts (" + from + ")");
        Check.that(ChronoUnit.DAYS.between(from, to) < MAX_DAYS, "to", "audit-period.length",
                "an audit period covers at most ten years (" + MAX_DAYS + " days); audit a longer time in parts");
    }

    /** Same as the constructor. */
    public static AuditPeriod of(LocalDate from, LocalDate to) {
        return new AuditPeriod(from, to);
    }

    /** True when {@code date} is within the period. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** How many days the period covers. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    @Override
    public String toString() {
        return from + " to " + to;
    }
}
