package org.supportplan.adapter.persistence.transfer;

import java.util.Objects;

import org.supportplan.application.audit.AuditChain;

/**
 * What an export wrote or an import read: how many plans, plan versions and audit entries, and whether the
 * audit trail they carry is intact (checked entry by entry as it passed, exactly as {@link AuditChain#verify}
 * checks a stored trail).
 *
 * @param plans how many plans
 * @param planVersions how many versions of them, all together
 * @param auditEntries how many audit entries
 * @param trail the audit trail's hash chain
 */
public record TransferSummary(long plans, long planVersions, long auditEntries, AuditChain.Verification trail) {

    /** Requires the verification. */
    public TransferSummary {
        Objects.requireNonNull(trail, "trail");
    }
}
