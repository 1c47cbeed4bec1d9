package org.supportplan.domain.money;

import org.supportplan.domain.validation.Check;

/**
 * How a council converts costs between periods: weeks in a year (52, or 52.143 = 365/7) and the
 * rounding rule for fractions of a penny. Both are council policy, taken from the profile.
 *
 * @param weeksPerYear weeks in a year
 * @param rounding how fractions of a penny are settled
 */
public record CostRules(Quantity weeksPerYear, RoundingRule rounding) {

    /** Validates. */
    public CostRules {
        Check.present(weeksPerYear, "weeksPerYear");
        Check.that(weeksPerYear.thousandths() >= 52_000 && weeksPerYear.thousandths() <= 53_000, "weeksPerYear",
                "profile.weeks-per-year", "weeks per year must be between 52 and 53");
        Check.present(rounding, "rounding");
    }
}
