-- Support plans and their costed items. Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- Money is whole pence and quantities whole thousandths (no floating point); created_at is ISO-8601 UTC text.

CREATE TABLE support_plan (
    id                VARCHAR(36) NOT NULL PRIMARY KEY,
    person_id         VARCHAR(64) NOT NULL,
    council_id        VARCHAR(40) NOT NULL,
    status            VARCHAR(20) NOT NULL,
    what_is_important TEXT        NOT NULL,
    created_at        VARCHAR(40) NOT NULL
);

CREATE INDEX support_plan_person ON support_plan (person_id);

CREATE TABLE support_item (
    plan_id              VARCHAR(36) NOT NULL REFERENCES support_plan (id) ON DELETE CASCADE,
    position             INTEGER     NOT NULL CHECK (position >= 0),
    description          TEXT        NOT NULL,
    provider             TEXT        NOT NULL,
    quantity_thousandths BIGINT      NOT NULL CHECK (quantity_thousandths >= 0),
    unit                 VARCHAR(30) NOT NULL,
    unit_cost_pence      BIGINT      NOT NULL CHECK (unit_cost_pence >= 0),
    PRIMARY KEY (plan_id, position)
);
