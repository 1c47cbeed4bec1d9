package org.supportplan.application.port.in;

import org.supportplan.application.audit.AuditChain;

/** Use case: check that the audit trail has not been changed since it was written. */
public interface AuditTrailUseCase {

    /** Walks the whole trail and reports that it is intact, or the first entry that is broken. */
    AuditChain.Verification verify();
}
