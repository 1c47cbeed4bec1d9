package org.supportplan.domain.plan;

import java.util.Set;
import java.util.TreeSet;

import org.supportplan.domain.money.CostRules;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.validation.Check;

/**
 * One way part of the budget is taken: the option, the amount of each payment, how often it is paid
 * and which needs it meets (Care Act s.25(2) requires the last three for a direct payment).
 *
 * @param option direct payment, council-managed or Individual Service Fund
 * @param amount the amount of each payment; never negative
 * @param frequency how often it is paid
 * @param needs the needs it meets
 */
public record Deployment(DeploymentOption option, Money amount, PaymentFrequency frequency, Set<NeedId> needs) {

    /** Validates. */
    public Deployment {
        Check.present(option, "option");
        Check.present(amount, "amount");
        Check.that(!amount.isNegative(), "amount", "money.non-negative", "a payment amount cannot be negative");
        Check.present(frequency, "frequency");
        needs = needs == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(needs));
    }

    /** What this deployment pays in a year under {@code rules}. */
    public Money annualAmount(CostRules rules) {
        return switch (frequency) {
            case WEEKLY -> amount.times(rules.weeksPerYear(), rules.rounding());
            case FOUR_WEEKLY -> amount.timesFraction(rules.weeksPerYear().toBigDecimal(), java.math.BigDecimal.valueOf(4),
                    rules.rounding());
            case MONTHLY -> amount.times(12);
            case QUARTERLY -> amount.times(4);
            case ANNUALLY -> amount;
        };
    }
}
