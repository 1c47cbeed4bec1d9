package org.supportplan.adapter.persistence.jdbc;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.supportplan.adapter.persistence.contract.StoreContract;
import org.supportplan.application.port.out.Store;

class SqliteStoreContractTest extends StoreContract {

    @TempDir
    Path folder;

    @Override
    protected Store openStore() {
        return new JdbcStoreProvider().open("jdbc:sqlite:" + folder.resolve("plans.db"));
    }
}
