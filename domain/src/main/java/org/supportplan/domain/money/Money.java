package org.supportplan.domain.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import org.supportplan.domain.validation.InvalidValueException;

/**
 * An amount of pounds sterling held as whole pence in a {@code long}. No floating point is used
 * anywhere: multiplication by a {@link Quantity} names its {@link RoundingRule}, and
 * {@link #split(int)} always sums back to the original amount.
 *
 * @param pence the amount in pence; negative amounts express differences such as a shortfall
 */
public record Money(long pence) implements Comparable<Money> {

    /** Nothing. */
    public static final Money ZERO = new Money(0);

    /** The largest amount accepted from outside: a trillion pounds, far above any budget, so sums never overflow. */
    public static final long MAX_PENCE = 100_000_000_000_000L;

    private static final Pattern FORMAT = Pattern.compile("-?\\d{1,13}(\\.\\d{1,2})?");

    /** Validates the range. */
    public Money {
        checkRange(pence);
    }

    /**
     * Refuses an amount of pence beyond the range, as making a {@code Money} of it would; for figures kept as
     * {@code long}s (a cost breakdown's, ADR 25).
     */
    public static void checkRange(long pence) {
        if (pence > MAX_PENCE || pence < -MAX_PENCE) {
            throw InvalidValueException.of("", "money.range", "an amount must be within 1000000000000.00 pounds either way");
        }
    }

    /** An amount of whole pence. */
    public static Money ofPence(long pence) {
        return new Money(pence);
    }

    /** An amount of whole pounds. */
    public static Money ofPounds(long pounds) {
        return inRange(BigDecimal.valueOf(pounds).movePointRight(2));
    }

    /**
     * Parses pounds and pence written as {@code "1234.56"}, {@code "1234.5"} or {@code "1234"}
     * (no currency sign, no thousands separator, at most two decimal places).
     */
    public static Money parse(String text) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            throw InvalidValueException.of("", "money.format",
                    "an amount is pounds and pence such as 1234.56, with no currency sign or separators (was "
                            + (text == null ? "nothing" : "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"") + ")");
        }
        return new Money(new BigDecimal(text).movePointRight(2).longValueExact());
    }

    /** Formats as pounds and pence with exactly two decimals, such as {@code "1234.50"} or {@code "-0.05"}. */
    public String format() {
        return BigDecimal.valueOf(pence, 2).toPlainString();
    }

    /** Same as {@link #format()}. */
    @Override
    public String toString() {
        return format();
    }

    /** This amount plus {@code other}; refuses to overflow. */
    public Money plus(Money other) {
        return new Money(Math.addExact(pence, other.pence));
    }

    /** This amount minus {@code other}; refuses to overflow. */
    public Money minus(Money other) {
        return new Money(Math.subtractExact(pence, other.pence));
    }

    /** This amount times a whole number; refuses a result beyond the range. */
    public Money times(long factor) {
        long high = Math.multiplyHigh(pence, factor);
        long low = pence * factor;
        if (fitsInALong(high, low)) {
            return new Money(low); // the constructor refuses a result beyond the range, as inRange does
        }
        return inRange(BigDecimal.valueOf(pence).multiply(BigDecimal.valueOf(factor)));
    }

    /** This amount times {@code quantity}, with any fraction of a penny settled by {@code rounding}. */
    public Money times(Quantity quantity, RoundingRule rounding) {
        BigDecimal exact = BigDecimal.valueOf(pence).multiply(quantity.toBigDecimal());
        return inRange(exact.setScale(0, rounding.mode()));
    }

    /**
     * This amount times {@code numerator / denominator}, computed exactly and rounded once by
     * {@code rounding}; used for period conversions such as "x 12 / 52.143".
     */
    public Money timesFraction(BigDecimal numerator, BigDecimal denominator, RoundingRule rounding) {
        if (denominator.signum() == 0) {
            throw InvalidValueException.of("", "quantity.non-zero", "cannot divide an amount by zero");
        }
        BigDecimal exact = BigDecimal.valueOf(pence).multiply(numerator);
        return inRange(exact.divide(denominator, 0, rounding.mode()));
    }

    /**
     * This amount times {@code numerator / denominator}, whole numbers, computed exactly and rounded once by
     * {@code rounding}: always the result of {@link #timesFraction(BigDecimal, BigDecimal, RoundingRule)} with the
     * same numbers, in {@code long} arithmetic whenever the product fits in a {@code long} (a plan's costs always do),
     * because cost breakdowns run on whole caseloads.
     */
    public Money timesFraction(long numerator, long denominator, RoundingRule rounding) {
        return new Money(timesFractionInPence(numerator, denominator, rounding));
    }

    /** The pence of {@link #timesFraction(long, long, RoundingRule)}, refused beyond the range in the same way. */
    private long timesFractionInPence(long numerator, long denominator, RoundingRule rounding) {
        if (denominator == 0) {
            throw InvalidValueException.of("", "quantity.non-zero", "cannot divide an amount by zero");
        }
        long high = Math.multiplyHigh(pence, numerator);
        long low = pence * numerator;
        if (fitsInALong(high, low) && low != Long.MIN_VALUE && denominator != Long.MIN_VALUE) {
            long quotient = divide(low, denominator, rounding);
            checkRange(quotient);
            return quotient;
        }
        return timesFraction(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), rounding).pence();
    }

    /** Whether the 128-bit product {@code high:low} is a {@code long}. */
    private static boolean fitsInALong(long high, long low) {
        return high == (low >> 63);
    }

    /** {@code dividend / divisor} rounded once by {@code rounding} (neither is {@code Long.MIN_VALUE}; the divisor is not 0). */
    private static long divide(long dividend, long divisor, RoundingRule rounding) {
        long magnitude = rounding.quotient(Math.abs(dividend), Math.abs(divisor));
        return (dividend < 0) == (divisor < 0) ? magnitude : -magnitude;
    }

    /** This amount divided by {@code quantity}, with any fraction of a penny settled by {@code rounding}. */
    public Money dividedBy(Quantity quantity, RoundingRule rounding) {
        if (quantity.isZero()) {
            throw InvalidValueException.of("", "quantity.non-zero", "cannot divide an amount by zero");
        }
        return inRange(BigDecimal.valueOf(pence).divide(quantity.toBigDecimal(), 0, rounding.mode()));
    }

    // A product far beyond any budget must fail as a named money rule, not as a bare ArithmeticException.
    private static Money inRange(BigDecimal wholePence) {
        if (wholePence.abs().compareTo(BigDecimal.valueOf(MAX_PENCE)) > 0) {
            throw InvalidValueException.of("", "money.range", "an amount must be within 1000000000000.00 pounds either way");
        }
        return new Money(wholePence.longValueExact());
    }

    /**
     * Splits this amount into {@code parts} amounts that differ by at most a penny and sum back exactly:
     * the first parts take the spare pence.
     */
    public List<Money> split(int parts) {
        if (parts < 1) {
            throw InvalidValueException.of("parts", "split.parts-positive", "an amount can only be split into one or more parts");
        }
        long base = Math.floorDiv(pence, parts);
        long spare = Math.floorMod(pence, parts);
        List<Money> result = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            result.add(new Money(base + (i < spare ? 1 : 0)));
        }
        return Collections.unmodifiableList(result);
    }

    /** True when below zero. */
    public boolean isNegative() {
        return pence < 0;
    }

    /** True when exactly zero. */
    public boolean isZero() {
        return pence == 0;
    }

    /** True when this amount is larger than {@code other}. */
    public boolean isGreaterThan(Money other) {
        return pence > other.pence;
    }

    /** The larger of the two amounts. */
    public Money max(Money other) {
        return pence >= other.pence ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(pence, other.pence);
    }
}
