-- Every version of every support plan (docs/adr/0011). Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- Money is whole pence; instants and dates are ISO-8601 text; the plan content is a JSON document whose
-- amounts and quantities are decimal strings (content_format names its format).

-- One row per plan: whose plan it is. The same for every version, so a plan id can never mix two people's records.
CREATE TABLE plan_identity (
    plan_id    VARCHAR(36) NOT NULL PRIMARY KEY,
    person_id  VARCHAR(64) NOT NULL,
    council_id VARCHAR(40) NOT NULL
);

CREATE INDEX plan_identity_council ON plan_identity (council_id);
CREATE INDEX plan_identity_person ON plan_identity (person_id);

-- One row per version; the primary key also finds a plan's latest version (highest number).
CREATE TABLE plan_version (
    plan_id            VARCHAR(36) NOT NULL REFERENCES plan_identity (plan_id),
    version            INTEGER     NOT NULL CHECK (version >= 1),
    status             VARCHAR(20) NOT NULL,
    created_at         VARCHAR(40) NOT NULL,
    signed_off_by      VARCHAR(100),
    signed_off_at      VARCHAR(40),
    final_budget_pence BIGINT CHECK (final_budget_pence >= 0),
    support_start      VARCHAR(20),
    ended_on           VARCHAR(20),
    return_reasons     TEXT        NOT NULL,
    content_format     INTEGER     NOT NULL,
    content_json       TEXT        NOT NULL,
    PRIMARY KEY (plan_id, version),
    -- A sign-off is recorded whole or not at all.
    CHECK ((signed_off_by IS NULL AND signed_off_at IS NULL AND final_budget_pence IS NULL)
        OR (signed_off_by IS NOT NULL AND signed_off_at IS NOT NULL AND final_budget_pence IS NOT NULL))
);

CREATE INDEX plan_version_status ON plan_version (status);
