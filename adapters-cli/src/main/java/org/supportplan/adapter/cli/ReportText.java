package org.supportplan.adapter.cli;

import java.util.ArrayList;
import java.util.List;

import org.supportplan.domain.budget.CostBreakdown;
import org.supportplan.domain.budget.CostLine;
import org.supportplan.domain.budget.CostTotals;
import org.supportplan.domain.budget.Sufficiency;
import org.supportplan.domain.plan.PersonalBudget;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.signoff.Finding;
import org.supportplan.domain.signoff.SignOffReport;

/** Renders a sign-off check report as text: the findings, and the cost breakdown as a table. */
final class ReportText {

    private static final String NL = System.lineSeparator();

    private ReportText() {
    }

    /** Whether the plan can be agreed, then each finding with its path, rule, message and source. */
    static String findings(SignOffReport report) {
        CouncilProfile profile = report.profile();
        StringBuilder text = new StringBuilder();
        if (report.agreeable()) {
            text.append("The plan can be agreed under ").append(profile.name()).append(" (").append(profile.id())
                    .append("): the sign-off check found nothing.").append(NL);
            return text.toString();
        }
        text.append("The plan cannot be agreed under ").append(profile.name()).append(" (").append(profile.id()).append("): ")
                .append(report.findings().size()).append(report.findings().size() == 1 ? " finding." : " findings.").append(NL);
        int n = 1;
        for (Finding finding : report.findings()) {
            text.append(String.format("%3d. %s  [%s]%n", n++, finding.path(), finding.rule()));
            text.append("     ").append(finding.message()).append(NL);
            text.append("     source: ").append(Labels.source(finding.source())).append(NL);
        }
        return text.toString();
    }

    /** The cost breakdown per item and in total, the personal budget, and sufficiency. */
    static String budget(SignOffReport report) {
        CostBreakdown breakdown = report.breakdown();
        CouncilProfile profile = report.profile();
        List<SupportItem> items = report.checked().supportItems();
        StringBuilder text = new StringBuilder();
        text.append("Cost breakdown under ").append(profile.name()).append(" (").append(profile.id()).append("): ")
                .append(breakdown.rules().weeksPerYear()).append(" weeks a year (").append(Labels.provenance(profile.weeksPerYear()))
                .append("), rounding ").append(breakdown.rules().rounding()).append(" (")
                .append(Labels.provenance(profile.rounding())).append(')').append(NL).append(NL);

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"item", "paid by", "weekly", "four-weekly", "annual", "one-off", "what"});
        for (int i = 0; i < breakdown.lines().size(); i++) {
            CostLine line = breakdown.lines().get(i);
            rows.add(new String[] {line.item().value(), Labels.of(line.route()), line.weekly().format(),
                line.fourWeekly().format(), line.annual().format(), line.oneOff().format(), Labels.cut(items.get(i).description(), 40)});
        }
        rows.add(null);
        rows.add(totals("paid by the budget", breakdown.budgetFunded()));
        rows.add(totals("paid by top-ups", breakdown.topUpFunded()));
        rows.add(totals("total", breakdown.all()));
        table(text, rows);

        text.append(NL);
        PersonalBudget budget = report.checked().budget();
        if (budget == null) {
            text.append("Personal budget: none set, so the cost cannot be judged against one.").append(NL);
        } else {
            text.append("Personal budget (a year): ").append(budget.inForce())
                    .append(budget.finalBudget().isPresent() ? " final" : " indicative")
                    .append(" = assessed contribution ").append(budget.assessedContributionAnnual())
                    .append(" + council ").append(budget.councilAmountAnnual()).append(NL);
        }
        text.append("Sufficiency: ").append(sufficiency(report.sufficiency())).append(NL);
        return text.toString();
    }

    private static String[] totals(String label, CostTotals totals) {
        return new String[] {label, "", totals.weekly().format(), totals.fourWeekly().format(), totals.annual().format(),
            totals.oneOff().format(), "first year " + totals.firstYear().format()};
    }

    private static String sufficiency(Sufficiency sufficiency) {
        if (sufficiency instanceof Sufficiency.Sufficient enough) {
            return "the support fits; " + enough.budgetHeadroom() + " of the budget and " + enough.topUpHeadroom()
                    + " of the top-ups are left a year";
        }
        if (sufficiency instanceof Sufficiency.Shortfall shortfall) {
            List<String> parts = new ArrayList<>();
            if (!shortfall.budgetShortfall().isZero()) {
                parts.add("the budget-funded support costs " + shortfall.budgetCost() + " a year, " + shortfall.budgetShortfall()
                        + " more than the budget of " + shortfall.budgetInForce());
            }
            if (!shortfall.topUpShortfall().isZero()) {
                parts.add("the top-up-funded support costs " + shortfall.topUpCost() + " a year, " + shortfall.topUpShortfall()
                        + " more than the top-ups of " + shortfall.topUps());
            }
            return "SHORTFALL: " + String.join("; ", parts);
        }
        return "no personal budget to judge against (the budget-funded support costs "
                + ((Sufficiency.NoBudget) sufficiency).budgetCost() + " a year)";
    }

    // Left-aligned text columns, right-aligned amounts; a null row is a rule line.
    private static void table(StringBuilder text, List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; row != null && c < columns; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < columns; c++) {
                String cell = row == null ? "-".repeat(width[c]) : row[c];
                boolean amount = c >= 2 && c <= 5;
                line.append(amount ? String.format("%" + width[c] + "s", cell) : String.format("%-" + width[c] + "s", cell));
                line.append(c < columns - 1 ? "  " : "");
            }
            text.append(line.toString().stripTrailing()).append(NL);
        }
    }
}
