package org.supportplan.adapter.persistence.jdbc;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.supportplan.application.service.StoreUrls;

import com.zaxxer.hikari.HikariConfig;

/** A checked store URL and the connection pool settings that suit its database. */
final class JdbcTarget {

    static final String SQLITE = "jdbc:sqlite:";
    static final String POSTGRESQL = "jdbc:postgresql:";

    /** How long a SQLite connection waits for another process's write lock before failing. */
    static final int SQLITE_BUSY_TIMEOUT_MS = 5000;

    private static final int POSTGRESQL_POOL_SIZE = 8;
    /** SQLite readers in WAL mode do not wait for the writer or for each other; a few serve a two-core service. */
    private static final int SQLITE_READ_POOL_SIZE = 4;

    private final String description;
    private final HikariConfig pool;
    private final HikariConfig readPool;
    private final Dialect dialect;

    private JdbcTarget(String description, HikariConfig pool, HikariConfig readPool, Dialect dialect) {
        this.description = description;
        this.pool = pool;
        this.readPool = readPool;
        this.dialect = dialect;
    }

    /** Checks {@code url}; for SQLite files, also creates the parent directory. */
    static JdbcTarget of(String url) {
        if (url != null && url.startsWith(SQLITE)) {
            return sqlite(url);
        }
        if (url != null && url.startsWith(POSTGRESQL)) {
            return postgresql(url);
        }
        throw new IllegalArgumentException("the JDBC store opens only " + SQLITE + "<file> and " + POSTGRESQL
                + "//<host>/<database> URLs, not '" + StoreUrls.redact(url) + "'");
    }

    String description() {
        return description;
    }

    HikariConfig pool() {
        return pool;
    }

    /** A pool for reads only, opened once the schema is current; empty when reads share {@link #pool()}. */
    Optional<HikariConfig> readPool() {
        return Optional.ofNullable(readPool);
    }

    Dialect dialect() {
        return dialect;
    }

    private static JdbcTarget sqlite(String url) {
        Path file = sqliteFile(url.substring(SQLITE.length()));
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot create the folder for the SQLite store " + file + ": " + e, e);
        }

        HikariConfig pool = new HikariConfig();
        pool.setPoolName("supportplan-sqlite");
        pool.setDataSource(sqliteDataSource(file));
        // SQLite allows one writer per file. With several writing connections, concurrent saves would
        // fail with SQLITE_BUSY (or wait out the busy timeout); one connection makes the pool queue
        // them in-process instead, and plan-sized transactions are short enough that this is not a bottleneck.
        pool.setMaximumPoolSize(1);
        pool.setMinimumIdle(1);

        // Reads get connections of their own, so they never queue behind a commit (WAL lets readers see the
        // last committed state while the writer writes). query_only makes any write on them an error.
        HikariConfig readPool = new HikariConfig();
        readPool.setPoolName("supportplan-sqlite-read");
        readPool.setDataSource(sqliteDataSource(file));
        readPool.setConnectionInitSql("PRAGMA query_only = true");
        readPool.setMaximumPoolSize(SQLITE_READ_POOL_SIZE);
        readPool.setMinimumIdle(1);
        return new JdbcTarget("sqlite " + file, pool, readPool, Dialect.SQLITE);
    }

    /** Connections to {@code file} with the settings applied by the driver to every connection it opens. */
    private static SQLiteDataSource sqliteDataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);       // readers do not block the writer
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);  // a committed save survives power loss
        config.enforceForeignKeys(true);
        config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);             // wait for another process (a CLI run) to finish
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(SQLITE + file);
        return dataSource;
    }

    private static Path sqliteFile(String location) {
        if (location.isEmpty() || location.contains(":memory:") || location.contains("mode=memory")) {
            throw new IllegalArgumentException("an in-memory SQLite database would vanish whenever the pool replaced its "
                    + "connection; use the store URL 'memory:' for a store that is not kept, or jdbc:sqlite:<file>");
        }
        if (location.indexOf('?') >= 0) {
            throw new IllegalArgumentException("settings in a SQLite store URL are not accepted (supportplan sets journal, "
                    + "sync and foreign-key settings itself); use jdbc:sqlite:<file>");
        }
        try {
            Path path = location.startsWith("file:/") ? Path.of(URI.create(location))
                    : Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
            return path.toAbsolutePath().normalize();
        } catch (IllegalArgumentException e) { // includes InvalidPathException
            throw new IllegalArgumentException("'" + location + "' is not a usable file name for a SQLite store", e);
        }
    }

    private static JdbcTarget postgresql(String url) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("supportplan-postgresql");
        pool.setJdbcUrl(url);
        pool.setMaximumPoolSize(POSTGRESQL_POOL_SIZE);
        return new JdbcTarget("postgresql " + StoreUrls.redact(url), pool, null, Dialect.POSTGRESQL);
    }
}
