package org.supportplan.adapter.persistence.transfer;

import java.util.Objects;

import org.supportplan.application.audit.AuditChain;

/**
 * What an export wrote or an import read: how many of each kind, and whether the audit trail they carry is
 * intact (checked entry by entry as it passed, exactly as {@link AuditChain#verify} checks a stored trail).
 *
 * @param plans how many plans
 * @param planVersions how many versions of them, all together
 * @param reviews how many reviews
 * @param reviewRequests how many review requests
 * @param agreedIntervals how many agreed review intervals (one at most per plan)
 * @param accounts how many direct-payment accounts
 * @param transactionImports how many imported transaction files
 * @param transactions how many transactions
 * @param auditReports how many stored audit reports
 * @param auditEntries how many audit entries
 * @param trail the audit trail's hash chain
 */
public record TransferSummary(long plans, long planVersions, long reviews, long reviewRequests, long agreedIntervals,
                              long accounts, long transactionImports, long transactions, long auditReports, long auditEntries,
                              AuditChain.Verification trail) {

    /** Requires the verification. */
    public TransferSummary {
        Objects.requireNonNull(trail, "trail");
    }

    /** A transfer of plans and the trail only, as export format 1 carried. */
    public TransferSummary(long plans, long planVersions, long auditEntries, AuditChain.Verification trail) {
        this(plans, planVersions, 0, 0, 0, 0, 0, 0, 0, auditEntries, trail);
    }
}
