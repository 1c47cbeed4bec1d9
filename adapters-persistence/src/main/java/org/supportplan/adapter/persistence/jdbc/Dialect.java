package org.supportplan.adapter.persistence.jdbc;

/**
 * What differs between the databases the JDBC store supports: the migrations that only one of them
 * understands (the triggers that make the audit trail append-only), and how a transaction takes its turn
 * at the end of the audit trail.
 */
enum Dialect {

    /**
     * SQLite has one writer per file. A transaction that reads first and writes later can fail to become
     * the writer (SQLITE_BUSY) instead of waiting, so it claims the write lock with an update that changes
     * nothing before it reads the head. (Migration 6 lets that update through.)
     */
    SQLITE("classpath:db/sqlite", "UPDATE audit_head SET sequence_no = sequence_no WHERE id = 1"),

    /** PostgreSQL locks the head row: another append waits until this transaction ends, then reads the new head. */
    POSTGRESQL("classpath:db/postgresql", null);

    private final String migrations;
    private final String claimHead;

    Dialect(String migrations, String claimHead) {
        this.migrations = migrations;
        this.claimHead = claimHead;
    }

    /** The Flyway location of the migrations for this database only. */
    String migrations() {
        return migrations;
    }

    /** A statement to run before {@link #readHead()}, or null. */
    String claimHead() {
        return claimHead;
    }

    /** Reads the last entry's sequence number and hash, holding them until the transaction ends. */
    String readHead() {
        return this == POSTGRESQL ? "SELECT sequence_no, hash FROM audit_head WHERE id = 1 FOR UPDATE"
                : "SELECT sequence_no, hash FROM audit_head WHERE id = 1";
    }
}
