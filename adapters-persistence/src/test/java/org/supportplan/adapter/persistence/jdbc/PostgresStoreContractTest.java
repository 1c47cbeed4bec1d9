package org.supportplan.adapter.persistence.jdbc;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.supportplan.adapter.persistence.contract.PlanRepositoryContract;
import org.supportplan.application.port.out.Store;

/**
 * Runs the contract against a real PostgreSQL when {@code SUPPORTPLAN_TEST_POSTGRES_URL} names a
 * throw-away database (its tables are emptied before each test); skipped otherwise.
 */
@EnabledIfEnvironmentVariable(named = "SUPPORTPLAN_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresStoreContractTest extends PlanRepositoryContract {

    @Override
    protected Store openStore() {
        JdbcStore store = (JdbcStore) new JdbcStoreProvider().open(System.getenv("SUPPORTPLAN_TEST_POSTGRES_URL"));
        Jdbi jdbi = store.jdbi();
        jdbi.useHandle(h -> h.execute("DELETE FROM support_plan"));
        return store;
    }
}
