-- The audit trail is append-only (docs/adr/0012), enforced by the database for every connection.
-- SQLite has no roles to revoke from, so triggers do it all. (SQLite has no TRUNCATE: DELETE covers it.)

-- An entry must follow the last one: the next sequence number, chained to the last entry's hash.
CREATE TRIGGER audit_entry_follows_head BEFORE INSERT ON audit_entry
WHEN NEW.sequence_no IS NOT (SELECT sequence_no + 1 FROM audit_head WHERE id = 1)
  OR NEW.previous_hash IS NOT (SELECT hash FROM audit_head WHERE id = 1)
BEGIN
    SELECT RAISE(ABORT, 'an audit entry must follow the last entry of the trail (next sequence number, that entry''s hash): the trail never forks');
END;

-- The head always names the last entry.
CREATE TRIGGER audit_entry_advances_head AFTER INSERT ON audit_entry
BEGIN
    UPDATE audit_head SET sequence_no = NEW.sequence_no, hash = NEW.hash WHERE id = 1;
END;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: an entry cannot be changed');
END;

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: an entry cannot be removed');
END;

CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: its head cannot be removed');
END;

-- The head moves one entry forward, onto an entry that exists; an update that changes nothing is how a
-- writer takes SQLite's write lock before it reads the head.
CREATE TRIGGER audit_head_only_advances BEFORE UPDATE ON audit_head
WHEN (NEW.id IS NOT OLD.id OR NEW.sequence_no IS NOT OLD.sequence_no OR NEW.hash IS NOT OLD.hash)
 AND (NEW.id IS NOT OLD.id OR NEW.sequence_no IS NOT OLD.sequence_no + 1
      OR NEW.hash IS NOT (SELECT hash FROM audit_entry WHERE sequence_no = NEW.sequence_no))
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: its head only moves to the entry just appended');
END;
