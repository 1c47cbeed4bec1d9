package org.supportplan.domain.plan;

import java.util.Optional;

import org.supportplan.domain.money.Money;
import org.supportplan.domain.validation.Check;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * The personal budget, in annual amounts (Care Act s.26): the indicative figure used for planning,
 * the final figure set at sign-off, and the person's assessed contribution. The council's amount is
 * always the final budget less the contribution, so cost = contribution + council amount, exactly.
 *
 * @param indicativeAnnual the early estimate (may move during planning, SG 11.24)
 * @param finalAnnual the final personal budget set at sign-off, or null before then
 * @param assessedContributionAnnual what the person pays, from the financial assessment
 */
public record PersonalBudget(Money indicativeAnnual, Money finalAnnual, Money assessedContributionAnnual) {

    /** Where the budget's parts come from. */
    public static final String SOURCE = "Care Act 2014 s.26";

    /** Validates: no negative amounts, and the contribution never exceeds the budget in force. */
    public PersonalBudget {
        Check.present(indicativeAnnual, "indicativeAnnual");
        nonNegative(indicativeAnnual, "indicativeAnnual");
        if (finalAnnual != null) {
            nonNegative(finalAnnual, "finalAnnual");
        }
        assessedContributionAnnual = assessedContributionAnnual == null ? Money.ZERO : assessedContributionAnnual;
        nonNegative(assessedContributionAnnual, "assessedContributionAnnual");
        Money cost = finalAnnual != null ? finalAnnual : indicativeAnnual;
        if (assessedContributionAnnual.isGreaterThan(cost)) {
            throw new InvalidValueException("assessedContributionAnnual", "budget.contribution-within-cost", SOURCE,
                    "the person's contribution (" + assessedContributionAnnual + ") cannot exceed the cost of meeting their needs ("
                            + cost + ")");
        }
    }

    /** A budget with only an indicative figure and a contribution. */
    public static PersonalBudget indicative(Money indicativeAnnual, Money assessedContributionAnnual) {
        return new PersonalBudget(indicativeAnnual, null, assessedContributionAnnual);
    }

    /** The final budget, once set. */
    public Optional<Money> finalBudget() {
        return Optional.ofNullable(finalAnnual);
    }

    /** The budget to plan against: the final figure once set, else the indicative one. */
    public Money inForce() {
        return finalAnnual != null ? finalAnnual : indicativeAnnual;
    }

    /** The council's amount: the budget in force less the person's contribution (never negative, by construction). */
    public Money councilAmountAnnual() {
        return inForce().minus(assessedContributionAnnual);
    }

    /** The same budget with its final figure set. */
    public PersonalBudget withFinal(Money finalAnnual) {
        return new PersonalBudget(indicativeAnnual, Check.present(finalAnnual, "finalAnnual"), assessedContributionAnnual);
    }

    private static void nonNegative(Money amount, String field) {
        if (amount.isNegative()) {
            throw new InvalidValueException(field, "money.non-negative", SOURCE, field + " cannot be negative");
        }
    }
}
