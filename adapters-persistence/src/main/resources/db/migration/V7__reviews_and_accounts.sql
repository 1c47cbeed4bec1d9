-- Reviews and direct-payment accounts (docs/adr/0015). Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- Reviews, requests, intervals, accounts and audit reports are JSON documents of the domain's records
-- (format names the document format); transactions are rows, because an account may hold a million of
-- them and an audit reads them by date. Money is whole pence; dates are ISO-8601 text (they sort as dates).
-- position orders a plan's (or an account's) entries as they were written: it is taken while the parent
-- row is locked, so two writers never take the same one.

CREATE TABLE review (
    review_id VARCHAR(36) NOT NULL PRIMARY KEY,
    plan_id   VARCHAR(36) NOT NULL REFERENCES plan_identity (plan_id),
    position  INTEGER     NOT NULL CHECK (position >= 1),
    format    INTEGER     NOT NULL,
    document  TEXT        NOT NULL,
    UNIQUE (plan_id, position)
);

CREATE TABLE review_request (
    plan_id  VARCHAR(36) NOT NULL REFERENCES plan_identity (plan_id),
    position INTEGER     NOT NULL CHECK (position >= 1),
    format   INTEGER     NOT NULL,
    document TEXT        NOT NULL,
    PRIMARY KEY (plan_id, position)
);

-- The interval last agreed with the person; an agreement replaces the one before.
CREATE TABLE agreed_interval (
    plan_id  VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES plan_identity (plan_id),
    format   INTEGER     NOT NULL,
    document TEXT        NOT NULL
);

CREATE TABLE dp_account (
    account_id VARCHAR(64) NOT NULL PRIMARY KEY,
    plan_id    VARCHAR(36) NOT NULL REFERENCES plan_identity (plan_id),
    format     INTEGER     NOT NULL,
    document   TEXT        NOT NULL
);

CREATE INDEX dp_account_plan ON dp_account (plan_id);

-- One row per imported file; the content hash makes a second import of the same file impossible.
CREATE TABLE account_import (
    account_id  VARCHAR(64) NOT NULL REFERENCES dp_account (account_id),
    position    INTEGER     NOT NULL CHECK (position >= 1),
    file_sha256 CHAR(64)    NOT NULL,
    imported_at VARCHAR(40) NOT NULL,
    rows_read   BIGINT      NOT NULL CHECK (rows_read >= 0),
    accepted    BIGINT      NOT NULL CHECK (accepted >= 0),
    rejected    BIGINT      NOT NULL CHECK (rejected >= 0),
    PRIMARY KEY (account_id, position),
    UNIQUE (account_id, file_sha256)
);

-- One row per transaction: the seq-th accepted row of import import_position, read from line "line" of its
-- file (0 when the source had no line numbers; the reference then identifies it).
CREATE TABLE account_transaction (
    account_id      VARCHAR(64)  NOT NULL,
    import_position INTEGER      NOT NULL,
    seq             BIGINT       NOT NULL CHECK (seq >= 1),
    line            BIGINT       NOT NULL CHECK (line >= 0),
    reference       VARCHAR(200),
    tx_date         VARCHAR(10)  NOT NULL,
    payee           TEXT         NOT NULL,
    amount_pence    BIGINT       NOT NULL,
    category        VARCHAR(100) NOT NULL,
    description     TEXT         NOT NULL,
    PRIMARY KEY (account_id, import_position, seq),
    FOREIGN KEY (account_id, import_position) REFERENCES account_import (account_id, position)
);

CREATE INDEX account_transaction_date ON account_transaction (account_id, tx_date);

CREATE TABLE audit_report (
    report_id  VARCHAR(36) NOT NULL PRIMARY KEY,
    account_id VARCHAR(64) NOT NULL REFERENCES dp_account (account_id),
    position   INTEGER     NOT NULL CHECK (position >= 1),
    audited_at VARCHAR(40) NOT NULL,
    format     INTEGER     NOT NULL,
    document   TEXT        NOT NULL,
    UNIQUE (account_id, position)
);
