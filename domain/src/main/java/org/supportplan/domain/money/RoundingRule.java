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
}
