package org.supportplan.domain.budget;

import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.ItemId;
import org.supportplan.domain.plan.PaymentRoute;

/**
 * One support item's cost in every period. Weekly and annual figures are each rounded once from the
 * exact cost; the four-weekly figure is exactly four weekly ones. One-off costs are kept apart.
 *
 * @param item the item's id
 * @param path where the item is in the plan, such as {@code $.supportItems[0]}
 * @param route how it is paid
 * @param weekly the recurring cost a week
 * @param fourWeekly the recurring cost every four weeks
 * @param annual the recurring cost a year
 * @param oneOff the one-off cost
 */
public record CostLine(ItemId item, String path, PaymentRoute route, Money weekly, Money fourWeekly, Money annual,
                       Money oneOff) {

    /** The annual cost including any one-off cost (what the item takes from a year's budget). */
    public Money firstYear() {
        return annual.plus(oneOff);
    }
}
