package org.supportplan.domain.money;

import java.math.RoundingMode;

/**
 * How a fraction of a penny becomes a whole penny. Which rule applies is council policy, so it is
 * always passed explicitly and never assumed.
 */
public enum RoundingRule {
    /** Half a penny or more rounds away from zero (the usual "round to nearest"). */
    HALF_UP(RoundingMode.HALF_UP),
    /** Half a penny rounds to the even penny (banker's rounding): no drift over many roundings. */
    HALF_EVEN(RoundingMode.HALF_EVEN),
    /** Any fraction is dropped (towards zero). */
    DOWN(RoundingMode.DOWN),
    /** Any fraction rounds away from zero. */
    UP(RoundingMode.UP);

    private final RoundingMode mode;

    RoundingRule(RoundingMode mode) {
        this.mode = mode;
    }

    /** The equivalent {@link RoundingMode}. */
    public RoundingMode mode() {
        return mode;
    }

    /**
     * {@code dividend / divisor} rounded once by this rule, for a dividend of at least 0 and a divisor above 0: what
     * {@code BigDecimal.divide(divisor, 0, mode())} gives, in {@code long}s (money arithmetic and cost breakdowns,
     * ADR 27). The rules are symmetric about zero, so a signed quotient is this one of the magnitudes, signed.
     *
     * @throws IllegalArgumentException if the dividend is negative or the divisor is not above 0, for which this
     *     arithmetic would round the wrong way
     */
    public long quotient(long dividend, long divisor) {
        if (dividend < 0 || divisor <= 0) {
            throw new IllegalArgumentException("a rounded quotient needs a dividend of at least 0 and a divisor above 0 (was "
                    + dividend + " / " + divisor + ")");
        }
        long quotient = dividend / divisor;
        long fraction = dividend - quotient * divisor;
        long rest = divisor - fraction; // the fraction is more than half when it exceeds the rest
        return switch (this) {
            case DOWN -> quotient;
            case UP -> fraction == 0 ? quotient : quotient + 1;
            case HALF_UP -> fraction >= rest ? quotient + 1 : quotient;
            case HALF_EVEN -> fraction > rest || (fraction == rest && (quotient & 1) != 0) ? quotient + 1 : quotient;
        };
    }
}
