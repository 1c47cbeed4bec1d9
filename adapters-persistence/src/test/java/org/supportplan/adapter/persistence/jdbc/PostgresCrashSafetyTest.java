package org.supportplan.adapter.persistence.jdbc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

class PostgresCrashSafetyTest extends CrashSafety {

    private String url;

    @BeforeAll
    static void requireDatabase() {
        TestPostgres.requireDatabase();
    }

    @AfterEach
    void dropSchema() {
        if (url != null) {
            TestPostgres.dropSchema(url);
        }
    }

    @Override
    protected String url() {
        url = TestPostgres.freshSchemaUrl();
        return url;
    }

    @Override
    protected int rounds() {
        return 8;
    }
}
