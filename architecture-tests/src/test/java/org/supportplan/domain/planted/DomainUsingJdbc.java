package org.supportplan.domain.planted;

import java.sql.Connection;
import java.sql.SQLException;

/** Violation: the domain talks to a database (java.sql is in java.., so only the persistence rule catches it). */
public final class DomainUsingJdbc {

    public boolean isOpen(Connection connection) throws SQLException {
        return !connection.isClosed();
    }
}
