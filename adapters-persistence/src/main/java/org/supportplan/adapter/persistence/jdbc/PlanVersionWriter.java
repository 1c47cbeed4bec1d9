package org.supportplan.adapter.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.supportplan.adapter.persistence.PlanStorageRules;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanId;

/**
 * Writes plan versions on a connection whose transaction the caller owns (a repository write, or a
 * migration). Plain JDBC, so both can use it; statements are prepared once per call and versions are
 * sent in one batch. Portable SQL: {@code INSERT ... ON CONFLICT} runs on SQLite and PostgreSQL.
 */
final class PlanVersionWriter {

    private static final String CLAIM_IDENTITY = """
            INSERT INTO plan_identity (plan_id, person_id, council_id) VALUES (?, ?, ?)
            ON CONFLICT (plan_id) DO NOTHING
            """;
    private static final String STORED_IDENTITY = "SELECT person_id, council_id FROM plan_identity WHERE plan_id = ?";
    private static final String UPSERT_VERSION = """
            INSERT INTO plan_version (plan_id, version, status, created_at, signed_off_by, signed_off_at,
                                      final_budget_pence, support_start, ended_on, return_reasons, content_format, content_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (plan_id, version) DO UPDATE SET
                status = excluded.status,
                created_at = excluded.created_at,
                signed_off_by = excluded.signed_off_by,
                signed_off_at = excluded.signed_off_at,
                final_budget_pence = excluded.final_budget_pence,
                support_start = excluded.support_start,
                ended_on = excluded.ended_on,
                return_reasons = excluded.return_reasons,
                content_format = excluded.content_format,
                content_json = excluded.content_json
            """;

    private static final String INSERT_IDENTITY = """
            INSERT INTO plan_identity (plan_id, person_id, council_id, revision) VALUES (?, ?, ?, ?)
            ON CONFLICT (plan_id) DO NOTHING
            """;

    private PlanVersionWriter() {
    }

    /**
     * Stores a new plan's identity (whose plan it is) at {@code revision}; false, writing nothing, when a
     * plan with this id exists. On SQLite, as a write, it takes the write lock for the transaction.
     */
    static boolean insertIdentity(Connection connection, PlanVersionRow row, long revision) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_IDENTITY)) {
            insert.setString(1, row.planId());
            insert.setString(2, row.personId());
            insert.setString(3, row.councilId());
            insert.setLong(4, revision);
            return insert.executeUpdate() == 1;
        }
    }

    /** Inserts or replaces {@code rows} (whose plan's identity is stored) in one batch, in order. */
    static void upsertVersions(Connection connection, List<PlanVersionRow> rows) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_VERSION)) {
            for (PlanVersionRow row : rows) {
                bindVersion(upsert, row);
                if (rows.size() == 1) {
                    upsert.executeUpdate();
                    return;
                }
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /**
     * Writes {@code rows} in order, as migration 3 needs (its schema has no revisions yet). The first statement for each version is a write, so on SQLite the
     * transaction takes the write lock before it reads anything (a read first could fail with
     * SQLITE_BUSY instead of waiting).
     *
     * @throws org.supportplan.domain.validation.InvalidValueException when a version names another
     *         person or council than its plan's stored versions; the caller must roll back
     */
    static void write(Connection connection, List<PlanVersionRow> rows) throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement(CLAIM_IDENTITY);
             PreparedStatement stored = connection.prepareStatement(STORED_IDENTITY);
             PreparedStatement upsert = connection.prepareStatement(UPSERT_VERSION)) {
            for (PlanVersionRow row : rows) {
                claim.setString(1, row.planId());
                claim.setString(2, row.personId());
                claim.setString(3, row.councilId());
                if (claim.executeUpdate() == 0) {
                    requireSameOwner(stored, row);
                }
                bindVersion(upsert, row);
                upsert.executeUpdate();
            }
        }
    }

    private static void bindVersion(PreparedStatement upsert, PlanVersionRow row) throws SQLException {
        upsert.setString(1, row.planId());
        upsert.setInt(2, row.version());
        upsert.setString(3, row.status());
        upsert.setString(4, row.createdAt());
        setText(upsert, 5, row.signedOffBy());
        setText(upsert, 6, row.signedOffAt());
        if (row.finalBudgetPence() == null) {
            upsert.setNull(7, Types.BIGINT);
        } else {
            upsert.setLong(7, row.finalBudgetPence());
        }
        setText(upsert, 8, row.supportStart());
        setText(upsert, 9, row.endedOn());
        upsert.setString(10, row.returnReasons());
        upsert.setInt(11, row.contentFormat());
        upsert.setString(12, row.content());
    }

    /** The plan was already stored (or earlier in this batch): its person and council must match. */
    private static void requireSameOwner(PreparedStatement stored, PlanVersionRow row) throws SQLException {
        stored.setString(1, row.planId());
        try (ResultSet found = stored.executeQuery()) {
            if (!found.next()) {
                throw new SQLException("plan_identity has no row for plan " + row.planId() + " although inserting one conflicted");
            }
            PlanStorageRules.requireSameOwner(PlanId.parse(row.planId()), row.version(), PersonId.of(row.personId()),
                    CouncilId.of(row.councilId()), PersonId.of(found.getString("person_id")),
                    CouncilId.of(found.getString("council_id")));
        }
    }

    private static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
