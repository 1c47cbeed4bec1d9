package org.supportplan.adapter.persistence.contract;

import org.supportplan.application.port.out.AuditTrail;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.application.port.out.Store;

/** What every part of the store contract works on: a fresh, empty store for each test. */
public interface ContractStore {

    /** The store under test. */
    Store store();

    /** Its plans. */
    default PlanRepository plans() {
        return store().plans();
    }

    /** Its audit trail. */
    default AuditTrail trail() {
        return store().auditTrail();
    }
}
