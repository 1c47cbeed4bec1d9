package org.supportplan.domain.budget;

import org.supportplan.domain.plan.TopUp;
import org.supportplan.domain.plan.TopUpPayer;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.plan.ItemId;
import org.supportplan.domain.plan.NeedId;
import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportUnit;

/** Support items priced like real care, so budgets and costs land on either side of each other. */
final class BudgetGenerators {

    private BudgetGenerators() {
    }

    /** One item: up to 250 pounds a unit, up to 60 units, any unit and route, with distinct id {@code i<n>}. */
    static Gen<SupportItem> item(int n) {
        return Generate.enumValues(SupportUnit.class).zip(Generate.enumValues(PaymentRoute.class),
                longs().between(0, 25_000L), longs().between(0, 60_000L), (unit, route, pence, thousandths) ->
                        new SupportItem(ItemId.of("i" + n), "Support " + n, "A provider", route, new Quantity(thousandths), unit,
                                Money.ofPence(pence), SpendCategory.of("home-care"), Set.of(NeedId.of("n1")), Set.of(), null));
    }

    /** Up to 15 items with distinct ids. */
    static Gen<List<SupportItem>> items() {
        return integers().between(0, 15).flatMap(count -> {
            Gen<List<SupportItem>> result = Generate.constant(List.of());
            for (int i = 1; i <= count; i++) {
                int n = i;
                result = result.zip(item(n), (list, next) -> {
                    List<SupportItem> longer = new ArrayList<>(list);
                    longer.add(next);
                    return List.copyOf(longer);
                });
            }
            return result;
        });
    }

    /** Amounts of up to {@code maxPounds}, never negative. */
    static Gen<Money> amounts(long maxPounds) {
        return longs().between(0, maxPounds * 100).map(p -> Money.ofPence(p));
    }

    /** Lists of up to three top-ups. */
    static Gen<List<TopUp>> topUps() {
        return SourceDSL.lists().of(Generate.enumValues(TopUpPayer.class).zip(amounts(20_000),
                (payer, amount) -> new TopUp(payer, amount, "A nicer room"))).ofSizeBetween(0, 3);
    }
}
