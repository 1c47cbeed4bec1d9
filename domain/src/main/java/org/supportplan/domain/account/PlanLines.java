package org.supportplan.domain.account;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.supportplan.domain.budget.CostBreakdown;
import org.supportplan.domain.budget.CostLine;
import org.supportplan.domain.money.CostRules;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.plan.Deployment;
import org.supportplan.domain.plan.DeploymentOption;
import org.supportplan.domain.plan.ItemId;
import org.supportplan.domain.plan.PaidPerson;
import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.plan.Period;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportPlan;

/**
 * One plan version reduced to what an audit needs on every transaction, computed once: its direct-payment
 * items grouped by category with each group's cost for a cycle, the providers who are individuals, and
 * the unspent-balance threshold. Arrays, not objects, so a transaction is matched without allocating.
 */
final class PlanLines {

    final int version;
    final Map<SpendCategory, Integer> groupOf = new HashMap<>();
    final List<SpendCategory> categories = new ArrayList<>();
    final List<List<ItemId>> items = new ArrayList<>();
    final long[] recurringPerCycle;
    final long[] oneOff;
    final boolean[] oneOffOnly;
    private final String[] directPaymentProviders;
    private final int[] directPaymentProviderGroup;
    final String[] paidProviders;
    final PaidPerson[] paidPersons;
    final ItemId[] paidItems;
    final long threshold;

    PlanLines(SupportPlan plan, CostRules rules, Quantity unspentWeeks) {
        this.version = plan.version();
        List<SupportItem> all = plan.content().supportItems();
        List<Long> recurring = new ArrayList<>();
        List<Long> once = new ArrayList<>();
        List<Boolean> onlyOnce = new ArrayList<>();
        List<String> providers = new ArrayList<>();
        List<Integer> providerGroups = new ArrayList<>();
        List<String> paidNames = new ArrayList<>();
        List<PaidPerson> paid = new ArrayList<>();
        List<ItemId> paidIds = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            SupportItem item = all.get(i);
            if (item.paidPerson() != null) {
                paidNames.add(item.provider());
                paid.add(item.paidPerson());
                paidIds.add(item.id());
            }
            if (item.route() != PaymentRoute.DIRECT_PAYMENT) {
                continue;
            }
            CostLine line = CostBreakdown.line(item, CostBreakdown.itemPath(i), rules);
            // A yearly item (a membership) is often paid in one go: it is allowed once a period, like a one-off,
            // rather than a 28-day share in every cycle, which would flag every annual payment.
            boolean yearly = item.unit().period() == Period.YEAR;
            boolean isOneOff = yearly || item.unit().period() == Period.ONE_OFF;
            Integer group = groupOf.get(item.category());
            if (group == null) {
                group = categories.size();
                groupOf.put(item.category(), group);
                categories.add(item.category());
                items.add(new ArrayList<>());
                recurring.add(0L);
                once.add(0L);
                onlyOnce.add(true);
            }
            items.get(group).add(item.id());
            recurring.set(group, Math.addExact(recurring.get(group), yearly ? 0 : line.fourWeekly().pence()));
            once.set(group, Math.addExact(once.get(group), yearly ? line.annual().pence() : line.oneOff().pence()));
            onlyOnce.set(group, onlyOnce.get(group) && isOneOff);
            providers.add(item.provider());
            providerGroups.add(group);
        }
        recurringPerCycle = recurring.stream().mapToLong(Long::longValue).toArray();
        oneOff = once.stream().mapToLong(Long::longValue).toArray();
        oneOffOnly = new boolean[onlyOnce.size()];
        for (int g = 0; g < oneOffOnly.length; g++) {
            oneOffOnly[g] = onlyOnce.get(g);
            items.set(g, List.copyOf(items.get(g)));
        }
        directPaymentProviders = providers.toArray(String[]::new);
        directPaymentProviderGroup = providerGroups.stream().mapToInt(Integer::intValue).toArray();
        paidProviders = paidNames.toArray(String[]::new);
        paidPersons = paid.toArray(PaidPerson[]::new);
        paidItems = paidIds.toArray(ItemId[]::new);
        threshold = threshold(plan.content().deployments(), rules, unspentWeeks);
    }

    int groups() {
        return categories.size();
    }

    /**
     * The group a transaction of money out is matched to, or -1: by category; an uncategorised transaction by its
     * payee being a direct-payment item's provider.
     */
    int groupFor(Transaction transaction) {
        Integer group = groupOf.get(transaction.category());
        if (group != null) {
            return group;
        }
        if (!transaction.isCategorised()) {
            for (int i = 0; i < directPaymentProviders.length; i++) {
                if (sameName(directPaymentProviders[i], transaction.payee())) {
                    return directPaymentProviderGroup[i];
                }
            }
        }
        return -1;
    }

    /** The index of the first item whose provider is an individual named {@code payee}, or -1. */
    int paidPersonFor(String payee) {
        for (int i = 0; i < paidProviders.length; i++) {
            if (sameName(paidProviders[i], payee)) {
                return i;
            }
        }
        return -1;
    }

    // Both sides are already trimmed (by SupportItem and Transaction); case is ignored, nothing else is normalised.
    private static boolean sameName(String provider, String payee) {
        return provider.equalsIgnoreCase(payee);
    }

    /**
     * {@code weeks} weeks of the version's direct payments, rounded once: each payment is converted to a week
     * exactly (a four-weekly payment is a quarter, a monthly one 12 over the weeks in a year...).
     */
    private static long threshold(List<Deployment> deployments, CostRules rules, Quantity weeks) {
        BigDecimal weeksPerYear = rules.weeksPerYear().toBigDecimal();
        // Every conversion over the common denominator 4 x weeks a year, so the sum is exact.
        BigDecimal numerator = BigDecimal.ZERO;
        for (Deployment deployment : deployments) {
            if (deployment.option() != DeploymentOption.DIRECT_PAYMENT) {
                continue;
            }
            BigDecimal amount = BigDecimal.valueOf(deployment.amount().pence());
            BigDecimal factor = switch (deployment.frequency()) {
                case WEEKLY -> weeksPerYear.multiply(BigDecimal.valueOf(4));
                case FOUR_WEEKLY -> weeksPerYear;
                case MONTHLY -> BigDecimal.valueOf(48);
                case QUARTERLY -> BigDecimal.valueOf(16);
                case ANNUALLY -> BigDecimal.valueOf(4);
            };
            numerator = numerator.add(amount.multiply(factor));
        }
        Money onePenny = Money.ofPence(1);
        return onePenny.timesFraction(numerator.multiply(weeks.toBigDecimal()), weeksPerYear.multiply(BigDecimal.valueOf(4)),
                rules.rounding()).pence();
    }
}
