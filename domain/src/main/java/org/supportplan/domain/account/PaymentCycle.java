package org.supportplan.domain.account;

import java.time.LocalDate;

import org.supportplan.domain.validation.Check;

/**
 * One four-week direct-payment cycle: 28 days from {@code from} to {@code to}, both inclusive. Cycles
 * are counted from a fixed anchor (the account's first payment, or the audit period's start), so the
 * same day always falls in the same cycle (ADR 0013).
 *
 * @param from the cycle's first day
 * @param to the cycle's last day, 27 days after the first
 */
public record PaymentCycle(LocalDate from, LocalDate to) implements Comparable<PaymentCycle> {

    /** Days in a cycle. */
    public static final int DAYS = 28;

    /** Validates the length. */
    public PaymentCycle {
        Check.present(from, "from");
        Check.present(to, "to");
        Check.that(from.plusDays(DAYS - 1).equals(to), "to", "payment-cycle.length", "a payment cycle is 28 days");
    }

    /** The cycle counted from {@code anchor} that contains {@code date}. */
    public static PaymentCycle containing(LocalDate date, LocalDate anchor) {
        long offset = Math.floorDiv(date.toEpochDay() - anchor.toEpochDay(), DAYS);
        LocalDate start = anchor.plusDays(offset * DAYS);
        return new PaymentCycle(start, start.plusDays(DAYS - 1));
    }

    /** True when {@code date} is within the cycle. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    @Override
    public int compareTo(PaymentCycle other) {
        return from.compareTo(other.from);
    }

    @Override
    public String toString() {
        return from + " to " + to;
    }
}
