package org.supportplan.adapter.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.supportplan.domain.plan.PlanId;

/** Small statements the repositories share inside their transactions. */
final class Statements {

    private Statements() {
    }

    /**
     * Takes the plan's row lock (PostgreSQL) or the write lock (SQLite) so two writers of one plan's entries take
     * turns, and refuses a plan that does not exist.
     */
    static void lockPlan(Connection connection, PlanId plan) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("UPDATE plan_identity SET revision = revision WHERE plan_id = ?")) {
            lock.setString(1, plan.toString());
            if (lock.executeUpdate() != 1) {
                throw new IllegalStateException("there is no plan " + plan + "; nothing was written");
            }
        }
    }

    /** The single integer a query with these parameters answers, such as the next position. */
    static int intOf(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement select = bound(connection, sql, parameters); ResultSet found = select.executeQuery()) {
            found.next();
            return found.getInt(1);
        }
    }

    /** The single long a query with these parameters answers, such as the last number taken. */
    static long longOf(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = bound(connection, sql, parameters); ResultSet found = select.executeQuery()) {
            found.next();
            return found.getLong(1);
        }
    }

    /** Whether a query with these parameters finds a row. */
    static boolean exists(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement select = bound(connection, sql, parameters); ResultSet found = select.executeQuery()) {
            return found.next();
        }
    }

    private static PreparedStatement bound(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
