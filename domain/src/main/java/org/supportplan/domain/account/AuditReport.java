package org.supportplan.domain.account;

import java.time.LocalDate;
import java.util.List;

import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.validation.Check;

/**
 * The result of auditing one account over one period: what was read (exact totals), the balance at
 * both ends, the findings in reading order, and the first rows that could not be read or fell outside
 * the period (their exact counts are in the totals).
 *
 * @param account the account audited
 * @param plan the plan the account pays for
 * @param period the audit period
 * @param monitoring the account's monitoring level (how often it is audited, what evidence is required)
 * @param cycleAnchor the day payment cycles are counted from
 * @param openingBalance the balance at the start of the period
 * @param closingBalance the balance at the end: the opening balance plus the period's net
 * @param totals what was read
 * @param findings every finding, in {@link AuditFinding#ORDER}
 * @param rejected up to {@link AccountAudit#MAX_EXAMPLES} rejected rows, earliest line first
 * @param outsidePeriod up to {@link AccountAudit#MAX_EXAMPLES} transactions dated outside the period, earliest line first
 */
public record AuditReport(AccountId account, PlanId plan, AuditPeriod period, MonitoringLevel monitoring, LocalDate cycleAnchor,
                          Money openingBalance, Money closingBalance, AuditTotals totals, List<AuditFinding> findings,
                          List<RejectedRow> rejected, List<TransactionRef> outsidePeriod) {

    /** Validates and copies. */
    public AuditReport {
        Check.present(account, "account");
        Check.present(plan, "plan");
        Check.present(period, "period");
        Check.present(monitoring, "monitoring");
        Check.present(cycleAnchor, "cycleAnchor");
        Check.present(openingBalance, "openingBalance");
        Check.present(closingBalance, "closingBalance");
        Check.present(totals, "totals");
        findings = List.copyOf(findings);
        rejected = List.copyOf(rejected);
        outsidePeriod = List.copyOf(outsidePeriod);
    }

    /** The findings of one kind. */
    public List<AuditFinding> findings(AuditFinding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /** True when every row could be read and nothing was found. */
    public boolean clean() {
        return findings.isEmpty() && totals.rejected() == 0;
    }

    /** True when some rows could not be read, so the audit did not see the whole account. */
    public boolean incomplete() {
        return totals.rejected() > 0;
    }
}
