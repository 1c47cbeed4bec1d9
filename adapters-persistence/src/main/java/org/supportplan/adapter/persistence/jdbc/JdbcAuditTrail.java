package org.supportplan.adapter.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jdbi.v3.core.mapper.RowMapper;
import org.supportplan.application.audit.Actor;
import org.supportplan.application.audit.AuditAction;
import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.out.AuditTrail;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;

/**
 * The audit trail in {@code audit_entry}, its last entry named by the one-row {@code audit_head}
 * (docs/adr/0012). Every append, here or by the plan repository inside its own transaction, takes its turn
 * at the head ({@link Dialect#claimHead()}, {@link Dialect#readHead()}) and chains the new entry to the last
 * one; the database refuses an entry that does not follow the head, and any change or removal of an entry.
 */
final class JdbcAuditTrail implements AuditTrail {

    private static final String INSERT = """
            INSERT INTO audit_entry (sequence_no, occurred_at, actor, action, plan_id, person_id, from_version, from_status,
                                     to_version, to_status, previous_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String PAGE = """
            SELECT sequence_no, occurred_at, actor, action, plan_id, person_id, from_version, from_status, to_version,
                   to_status, previous_hash, hash
            FROM audit_entry WHERE sequence_no >= :from ORDER BY sequence_no LIMIT :limit
            """;

    private static final RowMapper<AuditEntry> ENTRIES = (rs, ctx) -> {
        long sequence = rs.getLong("sequence_no");
        try {
            int fromVersion = rs.getInt("from_version");
            AuditEvent.VersionState from = rs.wasNull() ? null
                    : new AuditEvent.VersionState(fromVersion, PlanStatus.valueOf(rs.getString("from_status")));
            AuditEvent event = new AuditEvent(Instant.parse(rs.getString("occurred_at")), Actor.of(rs.getString("actor")),
                    AuditAction.valueOf(rs.getString("action")), PlanId.parse(rs.getString("plan_id")),
                    PersonId.of(rs.getString("person_id")), from,
                    new AuditEvent.VersionState(rs.getInt("to_version"), PlanStatus.valueOf(rs.getString("to_status"))));
            return new AuditEntry(sequence, event, rs.getString("previous_hash"), rs.getString("hash"));
        } catch (RuntimeException e) {
            throw new IllegalStateException("audit entry " + sequence + " cannot be read from the store: " + e.getMessage(), e);
        }
    };

    private final Database database;
    private final GroupCommit commits;

    JdbcAuditTrail(Database database) {
        this.database = database;
        this.commits = new GroupCommit(this::appendAll);
    }

    /** Committed together with the appends of other threads waiting at the same moment (docs/adr/0024). */
    @Override
    public AuditEntry append(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        return commits.append(event);
    }

    /** Appends {@code events} in order in one transaction. */
    private List<AuditEntry> appendAll(List<AuditEvent> events) {
        String what = events.size() == 1 ? "an audit entry" : events.size() + " audit entries";
        return database.write(what, connection -> {
            List<AuditEntry> written = new ArrayList<>(events.size());
            for (AuditEvent event : events) {
                written.add(append(connection, database.dialect(), event, !written.isEmpty()));
            }
            return written;
        });
    }

    @Override
    public List<AuditEntry> entries(long from, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("a page of audit entries holds 0 or more entries, not " + limit);
        }
        return database.read("audit entries", handle -> handle.createQuery(PAGE).bind("from", from).bind("limit", limit)
                .map(ENTRIES).list());
    }

    @Override
    public void restore(AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        database.write("audit entry " + entry.sequence(), connection -> {
            Head head = head(connection, database.dialect(), false);
            if (entry.sequence() != head.sequence() + 1 || !entry.previousHash().equals(head.hash())) {
                throw new IllegalStateException("audit entry " + entry.sequence() + " does not follow the last entry of the trail ("
                        + (head.sequence() == 0 ? "the trail is empty" : "entry " + head.sequence())
                        + "): an entry is restored only after the one before it, with that entry's hash. Nothing was written");
            }
            insert(connection, entry);
            return null;
        });
    }

    /**
     * Appends {@code event} after the last entry, within the caller's transaction on {@code connection}: the
     * head stays claimed until that transaction ends, so no other append can interleave.
     *
     * @param written whether the transaction has written already (on SQLite it then holds the write lock,
     *        so the head need not be claimed first)
     */
    static AuditEntry append(Connection connection, Dialect dialect, AuditEvent event, boolean written) throws SQLException {
        Head head = head(connection, dialect, written);
        AuditEntry entry = AuditEntry.sealed(head.sequence() + 1, event, head.hash());
        insert(connection, entry);
        return entry;
    }

    private static Head head(Connection connection, Dialect dialect, boolean written) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (dialect.claimHead() != null && !written) {
                statement.executeUpdate(dialect.claimHead());
            }
            try (ResultSet head = statement.executeQuery(dialect.readHead())) {
                if (!head.next()) {
                    throw new SQLException("audit_head has no row: the audit trail's schema is damaged");
                }
                return new Head(head.getLong(1), head.getString(2));
            }
        }
    }

    private static void insert(Connection connection, AuditEntry entry) throws SQLException {
        AuditEvent event = entry.event();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setLong(1, entry.sequence());
            insert.setString(2, event.at().toString());
            insert.setString(3, event.actor().id());
            insert.setString(4, event.action().name());
            insert.setString(5, event.plan().toString());
            insert.setString(6, event.person().value());
            AuditEvent.VersionState from = event.from();
            if (from == null) {
                insert.setNull(7, Types.INTEGER);
                insert.setNull(8, Types.VARCHAR);
            } else {
                insert.setInt(7, from.version());
                insert.setString(8, from.status().name());
            }
            insert.setInt(9, event.to().version());
            insert.setString(10, event.to().status().name());
            insert.setString(11, entry.previousHash());
            insert.setString(12, entry.hash());
            insert.executeUpdate();
        }
    }

    /** The last entry's sequence number (0 for an empty trail) and hash. */
    private record Head(long sequence, String hash) {
    }
}
