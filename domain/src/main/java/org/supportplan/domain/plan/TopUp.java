package org.supportplan.domain.plan;

import org.supportplan.domain.money.Money;
import org.supportplan.domain.validation.Check;

/**
 * Money paid on top of the personal budget for a more expensive choice. Kept apart from the budget:
 * it pays only for items marked as top-up items and never hides a shortfall in the budget.
 *
 * @param payer who pays it
 * @param annualAmount how much a year; never negative
 * @param purpose what it pays for
 */
public record TopUp(TopUpPayer payer, Money annualAmount, String purpose) {

    /** Validates. */
    public TopUp {
        Check.present(payer, "payer");
        Check.present(annualAmount, "annualAmount");
        Check.that(!annualAmount.isNegative(), "annualAmount", "money.non-negative", "a top-up cannot be negative");
        purpose = Check.text(purpose, "purpose", 500);
    }
}
