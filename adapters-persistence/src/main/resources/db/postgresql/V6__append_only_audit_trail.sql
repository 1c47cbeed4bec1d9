-- The audit trail is append-only (docs/adr/0012), enforced by the database for every connection,
-- including the service's own role (which owns the tables): privileges are revoked, and triggers refuse
-- what an owner or a superuser could still do.

-- An entry must follow the last one: the next sequence number, chained to the last entry's hash.
CREATE FUNCTION audit_entry_follows_head() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    head_sequence BIGINT;
    head_hash     CHAR(64);
BEGIN
    SELECT sequence_no, hash INTO head_sequence, head_hash FROM audit_head WHERE id = 1 FOR UPDATE;
    IF NEW.sequence_no IS DISTINCT FROM head_sequence + 1 OR NEW.previous_hash IS DISTINCT FROM head_hash THEN
        RAISE EXCEPTION 'audit entry % does not follow entry % of the trail (next sequence number, that entry''s hash): the trail never forks',
            NEW.sequence_no, head_sequence;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER audit_entry_follows_head BEFORE INSERT ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_follows_head();

-- The head always names the last entry.
CREATE FUNCTION audit_entry_advances_head() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE audit_head SET sequence_no = NEW.sequence_no, hash = NEW.hash WHERE id = 1;
    RETURN NULL;
END $$;

CREATE TRIGGER audit_entry_advances_head AFTER INSERT ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_advances_head();

CREATE FUNCTION audit_trail_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % on % is refused', TG_OP, TG_TABLE_NAME;
END $$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_trail_refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_refuse_change();
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION audit_trail_refuse_change();
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_refuse_change();

-- The head moves one entry forward, onto an entry that exists.
CREATE FUNCTION audit_head_only_advances() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.id, NEW.sequence_no, NEW.hash) IS DISTINCT FROM (OLD.id, OLD.sequence_no, OLD.hash)
       AND (NEW.id <> OLD.id OR NEW.sequence_no <> OLD.sequence_no + 1
            OR NEW.hash IS DISTINCT FROM (SELECT hash FROM audit_entry WHERE sequence_no = NEW.sequence_no)) THEN
        RAISE EXCEPTION 'the audit trail is append-only: its head only moves to the entry just appended';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER audit_head_only_advances BEFORE UPDATE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION audit_head_only_advances();

-- Nobody, the owner included, holds the privilege to change or remove entries. (A superuser bypasses
-- privileges, and an owner could grant them back: the triggers above refuse regardless.)
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM CURRENT_USER;
REVOKE DELETE, TRUNCATE ON audit_head FROM PUBLIC;
REVOKE DELETE, TRUNCATE ON audit_head FROM CURRENT_USER;
