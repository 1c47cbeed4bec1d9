package org.supportplan.domain.budget;

import org.supportplan.domain.plan.PersonalBudget;
import org.supportplan.domain.plan.TopUp;
import java.util.List;

import org.supportplan.domain.money.Money;

/**
 * Whether the costed support fits the money available: what the budget pays must fit the budget in
 * force, and what top-ups pay must fit the top-ups. A top-up never covers a shortfall in the budget.
 */
public sealed interface Sufficiency permits Sufficiency.Sufficient, Sufficiency.Shortfall, Sufficiency.NoBudget {

    /** Compares a breakdown's first-year costs with the budget in force and the top-ups. */
    static Sufficiency of(CostBreakdown breakdown, PersonalBudget budget, List<TopUp> topUps) {
        if (budget == null) {
            return new NoBudget(breakdown.budgetFunded().firstYear());
        }
        Money topUpTotal = Money.ZERO;
        for (TopUp topUp : topUps) {
            topUpTotal = topUpTotal.plus(topUp.annualAmount());
        }
        Money budgetCost = breakdown.budgetFunded().firstYear();
        Money topUpCost = breakdown.topUpFunded().firstYear();
        Money budgetShort = budgetCost.minus(budget.inForce()).max(Money.ZERO);
        Money topUpShort = topUpCost.minus(topUpTotal).max(Money.ZERO);
        if (budgetShort.isZero() && topUpShort.isZero()) {
            return new Sufficient(budget.inForce().minus(budgetCost), topUpTotal.minus(topUpCost));
        }
        return new Shortfall(budgetShort, topUpShort, budgetCost, budget.inForce(), topUpCost, topUpTotal);
    }

    /**
     * The support fits.
     *
     * @param budgetHeadroom how much of the budget is left a year
     * @param topUpHeadroom how much of the top-ups is left a year
     */
    record Sufficient(Money budgetHeadroom, Money topUpHeadroom) implements Sufficiency {
    }

    /**
     * The support does not fit.
     *
     * @param budgetShortfall how far the budget-funded cost exceeds the budget, a year
     * @param topUpShortfall how far the top-up-funded cost exceeds the top-ups, a year
     * @param budgetCost the budget-funded first-year cost
     * @param budgetInForce the budget in force
     * @param topUpCost the top-up-funded first-year cost
     * @param topUps the top-ups a year
     */
    record Shortfall(Money budgetShortfall, Money topUpShortfall, Money budgetCost, Money budgetInForce,
                     Money topUpCost, Money topUps) implements Sufficiency {
    }

    /**
     * No budget has been set, so sufficiency cannot be judged.
     *
     * @param budgetCost the budget-funded first-year cost
     */
    record NoBudget(Money budgetCost) implements Sufficiency {
    }
}
