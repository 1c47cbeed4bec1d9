package org.supportplan.domain.money;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.supportplan.domain.validation.InvalidValueException;

/**
 * A non-negative decimal quantity with up to three decimal places, such as 12.5 hours a week or
 * 52.143 weeks a year. Held as whole thousandths so no floating point is ever involved.
 *
 * @param thousandths the quantity times 1000
 */
public record Quantity(long thousandths) implements Comparable<Quantity> {

    /** The largest quantity accepted: far above any real care package, small enough to never overflow. */
    public static final long MAX_THOUSANDTHS = 1_000_000_000_000L;

    private static final Pattern FORMAT = Pattern.compile("\\d{1,10}(\\.\\d{1,3})?");

    /** Validates the range. */
    public Quantity {
        if (thousandths < 0) {
            throw InvalidValueException.of("", "quantity.non-negative", "a quantity cannot be negative");
        }
        if (thousandths > MAX_THOUSANDTHS) {
            throw InvalidValueException.of("", "quantity.range", "a quantity must be at most 1000000000");
        }
    }

    /** A whole quantity. */
    public static Quantity of(long whole) {
        if (whole < 0 || whole > MAX_THOUSANDTHS / 1000) {
            throw InvalidValueException.of("", "quantity.range", "a quantity must be between 0 and 1000000000");
        }
        return new Quantity(whole * 1000);
    }

    /** Parses a plain decimal such as {@code "12.5"} (at most three decimal places, no sign, no exponent). */
    public static Quantity parse(String text) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            throw InvalidValueException.of("", "quantity.format",
                    "a quantity is a plain number with at most three decimal places, such as 12.5 (was " + quote(text) + ")");
        }
        return new Quantity(new BigDecimal(text).movePointRight(3).longValueExact());
    }

    /** The quantity as an exact decimal. */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(thousandths, 3);
    }

    /** True when the quantity is zero. */
    public boolean isZero() {
        return thousandths == 0;
    }

    /** Formats without trailing zeros: {@code 12.5}, {@code 3}, {@code 52.143}. */
    @Override
    public String toString() {
        BigDecimal plain = toBigDecimal().stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
    }

    @Override
    public int compareTo(Quantity other) {
        return Long.compare(thousandths, other.thousandths);
    }

    private static String quote(String text) {
        return text == null ? "nothing" : "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
    }
}
