package org.supportplan.adapter.web.planted;

import java.sql.Connection;
import java.sql.SQLException;

/** Violation: the web adapter opens its own transactions. */
public final class WebUsingJdbc {

    public void commit(Connection connection) throws SQLException {
        connection.commit();
    }
}
