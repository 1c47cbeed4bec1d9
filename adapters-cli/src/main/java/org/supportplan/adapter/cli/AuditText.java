package org.supportplan.adapter.cli;

import java.util.stream.Collectors;

import org.supportplan.domain.account.AuditFinding;
import org.supportplan.domain.account.AuditReport;
import org.supportplan.domain.account.AuditTotals;
import org.supportplan.domain.account.RejectedRow;

/** Renders a direct-payment account audit as text: totals, each finding with its rule, source and transactions, bad rows. */
final class AuditText {

    private static final String NL = System.lineSeparator();

    private AuditText() {
    }

    static String render(AuditReport report) {
        StringBuilder text = new StringBuilder();
        AuditTotals totals = report.totals();
        text.append("Audit of account ").append(report.account()).append(" (plan ").append(report.plan()).append(") from ")
                .append(report.period().from()).append(" to ").append(report.period().to()).append(", monitoring ")
                .append(report.monitoring().id()).append(NL);
        text.append("  ").append(totals.rowsRead()).append(" rows read: ").append(totals.transactions()).append(" in the period, ")
                .append(totals.outsidePeriod()).append(" outside it, ").append(totals.rejected()).append(" unreadable").append(NL);
        text.append("  money in ").append(totals.moneyIn()).append(", money out ").append(totals.moneyOut()).append(" (planned ")
                .append(totals.plannedSpend()).append(", unplanned ").append(totals.unplannedSpend()).append(", refused ")
                .append(totals.refusedSpend()).append(')').append(NL);
        text.append("  balance ").append(report.openingBalance()).append(" at the start, ").append(report.closingBalance())
                .append(" at the end").append(NL).append(NL);
        if (report.findings().isEmpty()) {
            text.append("No findings.").append(NL);
        } else {
            text.append(report.findings().size()).append(report.findings().size() == 1 ? " finding:" : " findings:").append(NL);
            int n = 1;
            for (AuditFinding finding : report.findings()) {
                text.append(String.format("%3d. %s to %s  %s  [%s]  %s%n", n++, finding.from(), finding.to(),
                        Labels.of(finding.kind()), finding.rule(), finding.amount()));
                text.append("     ").append(finding.message()).append(NL);
                text.append("     source: ").append(Labels.source(finding.source())).append(NL);
                text.append("     ").append(finding.transactions()).append(finding.transactions() == 1 ? " transaction" : " transactions")
                        .append(finding.examples().isEmpty() ? "" : ": " + finding.examples().stream().map(Object::toString)
                                .collect(Collectors.joining(", ")) + (finding.examples().size() < finding.transactions() ? ", ..." : ""))
                        .append(NL);
            }
        }
        if (!report.rejected().isEmpty()) {
            text.append(NL).append("Rows that could not be read (").append(totals.rejected()).append("):").append(NL);
            for (RejectedRow row : report.rejected()) {
                text.append("  line ").append(row.line()).append(": ").append(row.reason()).append(NL);
            }
            if (report.rejected().size() < totals.rejected()) {
                text.append("  ...").append(NL);
            }
        }
        return text.toString();
    }
}
