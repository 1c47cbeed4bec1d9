-- Plan revisions and the audit trail (docs/adr/0012). Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- The triggers that make the trail append-only differ by database: db/sqlite and db/postgresql, migration 6.

-- How many times the plan has been written; an update names the revision it is based on (compare-and-set).
-- Plans stored before revisions existed start counting at 1.
ALTER TABLE plan_identity ADD COLUMN revision BIGINT NOT NULL DEFAULT 1 CHECK (revision >= 1);

-- One row per entry, never changed or removed. Each entry holds the hash of the one before (previous_hash)
-- and its own (hash), computed by the application over its sequence, its event and previous_hash.
CREATE TABLE audit_entry (
    sequence_no   BIGINT      NOT NULL PRIMARY KEY CHECK (sequence_no >= 1),
    occurred_at   VARCHAR(40) NOT NULL,
    actor         VARCHAR(100) NOT NULL,
    action        VARCHAR(30) NOT NULL,
    plan_id       VARCHAR(36) NOT NULL,
    person_id     VARCHAR(64) NOT NULL,
    from_version  INTEGER,
    from_status   VARCHAR(20),
    to_version    INTEGER     NOT NULL,
    to_status     VARCHAR(20) NOT NULL,
    previous_hash CHAR(64)    NOT NULL,
    hash          CHAR(64)    NOT NULL,
    CHECK ((from_version IS NULL AND from_status IS NULL) OR (from_version IS NOT NULL AND from_status IS NOT NULL))
);

CREATE INDEX audit_entry_plan ON audit_entry (plan_id);

-- The last entry: one row, locked by every append so that two writers (threads, processes or service
-- instances) take turns and the chain never forks. Sequence 0 and 64 zeros stand for the empty trail.
CREATE TABLE audit_head (
    id          INTEGER  NOT NULL PRIMARY KEY CHECK (id = 1),
    sequence_no BIGINT   NOT NULL CHECK (sequence_no >= 0),
    hash        CHAR(64) NOT NULL
);

INSERT INTO audit_head (id, sequence_no, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
