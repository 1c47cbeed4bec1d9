package org.supportplan.example.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.supportplan.adapter.persistence.contract.StoreContract;
import org.supportplan.application.port.out.Store;
import org.supportplan.application.service.Stores;

class ExampleStoreContractTest extends StoreContract {

    @Override
    protected Store openStore() {
        return Stores.open("example:contract");
    }

    @Test
    void supportplanFindsTheStoreByItsUrl() {
        assertThat(store()).isInstanceOf(ExampleStore.class);
    }
}
