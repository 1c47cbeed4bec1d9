package org.supportplan.domain.plan;

import java.time.Instant;

import org.supportplan.domain.money.Money;
import org.supportplan.domain.validation.Check;

/**
 * The council's sign-off of a plan version: who agreed it, when, and the final personal budget set.
 *
 * @param signedOffBy the care manager's staff reference (not a name)
 * @param at when it was signed off
 * @param finalBudgetAnnual the final personal budget, a year
 */
public record SignOff(String signedOffBy, Instant at, Money finalBudgetAnnual) {

    /** Validates. */
    public SignOff {
        signedOffBy = Check.text(signedOffBy, "signedOffBy", 100);
        Check.present(at, "at");
        Check.present(finalBudgetAnnual, "finalBudgetAnnual");
        Check.that(!finalBudgetAnnual.isNegative(), "finalBudgetAnnual", "money.non-negative",
                "a final budget cannot be negative");
    }
}
