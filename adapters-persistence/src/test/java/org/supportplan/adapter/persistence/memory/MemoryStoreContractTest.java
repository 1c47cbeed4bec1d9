package org.supportplan.adapter.persistence.memory;

import org.supportplan.adapter.persistence.contract.PlanRepositoryContract;
import org.supportplan.application.port.out.Store;

class MemoryStoreContractTest extends PlanRepositoryContract {

    @Override
    protected Store openStore() {
        return new MemoryStoreProvider().open("memory:");
    }
}
