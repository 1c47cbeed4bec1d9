package org.supportplan.adapter.persistence.memory;

import org.supportplan.adapter.persistence.contract.StoreContract;
import org.supportplan.application.port.out.Store;

class MemoryStoreContractTest extends StoreContract {

    @Override
    protected Store openStore() {
        return new MemoryStoreProvider().open("memory:");
    }
}
