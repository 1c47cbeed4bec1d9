package org.supportplan.adapter.cli;

import org.supportplan.domain.money.RoundingRule;
import org.supportplan.domain.plan.Period;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportPlan;

/** Renders a plan as plain text for a person at a terminal. */
final class PlanText {

    private PlanText() {
    }

    static String render(SupportPlan plan) {
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        text.append("Support plan ").append(plan.id()).append(" (").append(plan.status()).append(')').append(nl);
        text.append("  Person:   ").append(plan.person()).append(nl);
        text.append("  Council:  ").append(plan.council()).append(nl);
        text.append("  Created:  ").append(plan.createdAt()).append(nl);
        text.append(nl).append("What is important to me").append(nl);
        for (String line : plan.whatIsImportant().text().split("\\R")) {
            text.append("  ").append(line).append(nl);
        }
        text.append(nl).append("Support (").append(plan.supportItems().size()).append(" items)").append(nl);
        int n = 1;
        for (SupportItem item : plan.supportItems()) {
            // The council profile's rounding rule replaces HALF_UP once profiles exist.
            text.append(String.format("  %d. %s%n     provided by %s%n     %s %s at %s = %s %s%n",
                    n++, item.description(), item.provider(), item.quantity(), item.unit().label(),
                    item.unitCost().format(), item.costPerUnitPeriod(RoundingRule.HALF_UP).format(),
                    per(item.unit().period())));
        }
        return text.toString();
    }

    private static String per(Period period) {
        return switch (period) {
            case WEEK -> "per week";
            case FOUR_WEEKS -> "per four weeks";
            case MONTH -> "per month";
            case YEAR -> "per year";
            case ONE_OFF -> "once";
        };
    }
}
