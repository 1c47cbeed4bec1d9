package org.supportplan.adapter.persistence.planted;

import java.sql.Connection;

/** Compliant: a concrete persistence class using JDBC, where JDBC belongs. */
public class JdbcPlanStore {

    private final Connection connection;

    public JdbcPlanStore(Connection connection) {
        this.connection = connection;
    }

    public Connection connection() {
        return connection;
    }
}
