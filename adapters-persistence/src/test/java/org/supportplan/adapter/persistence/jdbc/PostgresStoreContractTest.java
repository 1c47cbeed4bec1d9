package org.supportplan.adapter.persistence.jdbc;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.supportplan.adapter.persistence.contract.StoreContract;
import org.supportplan.application.port.out.Store;

/** Runs the contract against PostgreSQL (see {@link TestPostgres}), each test in a new schema. */
class PostgresStoreContractTest extends StoreContract {

    private static final List<String> SCHEMAS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void requireDatabase() {
        TestPostgres.requireDatabase();
    }

    @AfterAll
    static void dropSchemas() {
        SCHEMAS.forEach(TestPostgres::dropSchema);
    }

    @Override
    protected Store openStore() {
        String url = TestPostgres.freshSchemaUrl();
        SCHEMAS.add(url);
        return new JdbcStoreProvider().open(url);
    }
}
