package org.supportplan.adapter.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The opened database a store's repositories share: its pools, its dialect and the one way they write
 * (a transaction that commits everything or nothing) and read (one statement at a time, on a pooled
 * connection). Failures of the database become {@link IllegalStateException}s naming the store.
 *
 * <p>Reads may have a pool of their own (SQLite: its one writer connection would otherwise make every read
 * wait for every commit, docs/adr/0024); a read never runs inside a write, so it always sees committed data.
 */
final class Database {

    private final String description;
    private final HikariDataSource dataSource;
    private final HikariDataSource readers;
    private final Jdbi jdbi;
    private final Jdbi readJdbi;
    private final Dialect dialect;

    Database(String description, HikariDataSource dataSource, Dialect dialect) {
        this(description, dataSource, dataSource, dialect);
    }

    /** A database whose reads use {@code readers} (which may be {@code dataSource} itself) and writes {@code dataSource}. */
    Database(String description, HikariDataSource dataSource, HikariDataSource readers, Dialect dialect) {
        this.description = description;
        this.dataSource = dataSource;
        this.readers = readers;
        this.jdbi = Jdbi.create(dataSource);
        this.readJdbi = readers == dataSource ? jdbi : Jdbi.create(readers);
        this.dialect = dialect;
    }

    /** Publishes the pools' usage (active, idle, pending, timeouts, acquire times) to {@code registry}; once only. */
    void bindPoolMetrics(io.micrometer.core.instrument.MeterRegistry registry) {
        dataSource.setMetricRegistry(registry); // HikariCP reports to Micrometer itself, also on a running pool
        if (readers != dataSource) {
            readers.setMetricRegistry(registry);
        }
    }

    /** Work done in a transaction on a plain JDBC connection. */
    @FunctionalInterface
    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    /** Work done with a Jdbi handle outside any transaction. */
    @FunctionalInterface
    interface Query<T> {
        T on(Handle handle) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: it is committed if {@code work} returns, and rolled back if it
     * throws (what it throws, such as a refusal, reaches the caller unchanged).
     *
     * @param what what is written, for the message when the database fails, such as "plan 3f2b... version 2"
     */
    <T> T write(String what, Work<T> work) {
        requireOpen();
        // Plain JDBC, not a Jdbi handle: every audited read ends in a write (docs/adr/0024), and a handle's set-up
        // showed in its profile. The database's default isolation: on PostgreSQL read committed is all
        // compare-and-set needs (a blocked update re-checks the revision it is based on once the other writer
        // commits); SQLite has one writer at a time.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.on(connection);
            } catch (SQLException | RuntimeException | Error e) {
                rollBack(connection, e);
                throw e;
            }
            connection.commit();
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("the store " + description + " did not write " + what
                    + "; nothing of it was written: " + e.getMessage(), e);
        }
    }

    /** Rolls back after {@code cause}; a failure to roll back is kept with the cause (the pool discards the connection). */
    private static void rollBack(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** Runs {@code query} on a pooled reading connection. */
    <T> T read(String what, Query<T> query) {
        requireOpen();
        try {
            return readJdbi.withHandle(query::on);
        } catch (SQLException | JdbiException e) {
            throw new IllegalStateException("the store " + description + " could not read " + what + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} on a pooled reading connection with plain JDBC, for the reads made on every request
     * (a plan's owner and revision), where a Jdbi handle's own set-up costs more than the query.
     */
    <T> T readDirect(String what, Work<T> work) {
        requireOpen();
        try (Connection connection = readers.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("the store " + description + " could not read " + what + ": " + e.getMessage(), e);
        }
    }

    /**
     * A pooled connection with a transaction begun, for work that spans several calls (an import); the caller
     * commits or rolls back, and closes it.
     */
    Connection begin(String what) {
        requireOpen();
        try {
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(false);
                return connection;
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the store " + description + " could not begin " + what + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} in a read-only transaction: PostgreSQL streams a result set (fetch size) only inside one,
     * and the work sees one committed state throughout.
     */
    <T> T readInTransaction(String what, Work<T> work) {
        requireOpen();
        try {
            return readJdbi.inTransaction(handle -> work.on(handle.getConnection()));
        } catch (SQLException | JdbiException e) {
            throw new IllegalStateException("the store " + description + " could not read " + what + ": " + e.getMessage(), e);
        }
    }

    /** Wraps a database failure during {@code what} in the store's usual exception. */
    IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException("the store " + description + " did not write " + what
                + "; nothing of it was written: " + e.getMessage(), e);
    }

    Dialect dialect() {
        return dialect;
    }

    String description() {
        return description;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    boolean isClosed() {
        return dataSource.isClosed();
    }

    void close() {
        try {
            if (readers != dataSource) {
                readers.close();
            }
        } finally {
            dataSource.close();
        }
    }

    private void requireOpen() {
        if (dataSource.isClosed()) {
            throw new IllegalStateException("the store " + description + " is closed");
        }
    }
}
