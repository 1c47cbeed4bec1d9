package org.supportplan.application.port.out;

import java.util.List;

import org.supportplan.application.audit.AuditChain;
import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.audit.AuditEvent;

/**
 * Out-port: the append-only, hash-chained audit trail. Changes of a plan are appended by
 * {@link PlanRepository} in the same transaction as the change; reads are appended here. Entries are never
 * changed or removed; the store computes each entry with {@link AuditEntry#next} from the last one, in a
 * transaction that no other append can interleave with.
 */
public interface AuditTrail extends AuditChain.Pages {

    /**
     * Appends {@code event} after the last entry and returns the entry written, once it is stored for good. A
     * store may write appends that arrive at the same moment in one transaction (in arrival order), but never
     * returns before the transaction holding this one has committed.
     */
    AuditEntry append(AuditEvent event);

    /** Entries with sequence {@code from} onwards, oldest first, at most {@code limit}. */
    @Override
    List<AuditEntry> entries(long from, int limit);

    /**
     * Writes an entry exactly as exported from another store (for {@code import}): it must follow the last
     * entry here (next sequence, that entry's hash as its previous hash), else it is refused with an
     * {@link IllegalStateException} and nothing is written.
     */
    void restore(AuditEntry entry);
}
