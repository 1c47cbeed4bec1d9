package org.supportplan.domain.testdata;

import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.supportplan.domain.account.AuditPeriod;
import org.supportplan.domain.account.Transaction;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.SpendCategory;

/** QuickTheories generators for direct-payment account transactions. */
public final class AccountGenerators {

    /** Payees: the fixture plan's providers (the husband among them), shops, and the council. */
    public static final List<String> PAYEES = List.of(AccountFixtures.PA_PROVIDER, AccountFixtures.HUSBAND, "Riverside Day Centre",
            "Corner Shop", "Lucky Star Bingo", "Mobility shop", "Derbyshire County Council", "A. Patel");
    /** Categories: the plan's, some refused by one council or both, and none at all (null). */
    public static final List<String> CATEGORIES = List.of("personal-assistant", "personal-assistant", "day-service", "equipment",
            "food", "gambling", "leisure", "transport", "uncategorised");

    private AccountGenerators() {
    }

    /**
     * {@code size} transactions (0 to {@code maxSize}) dated from a week before {@code period} to a week after it, on
     * lines 2, 3, 4..., mostly money out of up to 400.00, about one in seven the council's payment in. Every transaction is
     * distinct (its own line), as rows of one file are.
     */
    public static Gen<List<Transaction>> transactions(AuditPeriod period, int maxSize) {
        long days = period.days() + 14;
        Gen<Object[]> row = longs().between(0, days - 1).zip(longs().between(-40_000, 10_000), Generate.pick(PAYEES),
                Generate.pick(CATEGORIES), (d, p, payee, category) -> new Object[] {d, p, payee, category});
        return lists().of(row).ofSizeBetween(0, maxSize).map(rows -> {
            List<Transaction> list = new ArrayList<>(rows.size());
            LocalDate first = period.from().minusDays(7);
            for (int i = 0; i < rows.size(); i++) {
                Object[] r = rows.get(i);
                long pence = (Long) r[1];
                // Money in is mostly the council's four-weekly payment, sometimes a small refund.
                Money amount = pence > 0 && pence % 4 != 0 ? AccountFixtures.PAYMENT : Money.ofPence(pence);
                String category = (String) r[3];
                list.add(new Transaction(i + 2, i % 3 == 0 ? "TX-" + (i + 2) : null, first.plusDays((Long) r[0]), (String) r[2],
                        amount, "uncategorised".equals(category) ? null : SpendCategory.of(category),
                        i % 17 == 0 ? "bingo night" : ""));
            }
            return list;
        });
    }
}
