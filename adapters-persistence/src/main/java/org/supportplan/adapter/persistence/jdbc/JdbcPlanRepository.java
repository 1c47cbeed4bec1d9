package org.supportplan.adapter.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jdbi.v3.core.mapper.RowMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supportplan.adapter.persistence.PlanStorageRules;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.PlanOwnership;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.StoredPlan;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;

/**
 * Every version of every plan: one {@code plan_identity} row per plan (whose plan it is, and its revision)
 * and one {@code plan_version} row per version, the content held as a JSON document (docs/adr/0011). A write
 * is one transaction: the identity (inserted, or its revision advanced by compare-and-set), the versions in
 * one batch, and the audit entry (docs/adr/0012). A read is one statement, so it sees one committed state.
 */
final class JdbcPlanRepository implements PlanRepository {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcPlanRepository.class);

    private static final String SELECT_VERSIONS = """
            SELECT v.plan_id, v.version, i.person_id, i.council_id, i.revision, v.status, v.created_at, v.signed_off_by,
                   v.signed_off_at, v.final_budget_pence, v.support_start, v.ended_on, v.return_reasons,
                   v.content_format, v.content_json
            FROM plan_version v JOIN plan_identity i ON i.plan_id = v.plan_id
            WHERE v.plan_id = :planId
            """;
    private static final String LATEST = SELECT_VERSIONS + " ORDER BY v.version DESC LIMIT 1";
    private static final String ONE_VERSION = SELECT_VERSIONS + " AND v.version = :version";
    private static final String ALL_VERSIONS = SELECT_VERSIONS + " ORDER BY v.version";
    /** Per plan of a council, its version in force: the latest signed off and not replaced (agreed, active, under review or ended). */
    private static final String IN_FORCE = """
            SELECT v.plan_id, v.version, i.person_id, i.council_id, i.revision, v.status, v.created_at, v.signed_off_by,
                   v.signed_off_at, v.final_budget_pence, v.support_start, v.ended_on, v.return_reasons,
                   v.content_format, v.content_json
            FROM plan_version v JOIN plan_identity i ON i.plan_id = v.plan_id
            WHERE i.council_id = :council AND i.plan_id > :after
              AND v.version = (SELECT MAX(w.version) FROM plan_version w
                               WHERE w.plan_id = v.plan_id AND w.signed_off_at IS NOT NULL AND w.status <> 'REPLACED')
            ORDER BY v.plan_id LIMIT :limit
            """;
    private static final String FIRST_IDS = "SELECT plan_id FROM plan_identity ORDER BY plan_id LIMIT :limit";
    private static final String IDS_AFTER = "SELECT plan_id FROM plan_identity WHERE plan_id > :after ORDER BY plan_id LIMIT :limit";

    /** Compare-and-set: advances the revision only if it is still the one the update is based on. */
    private static final String ADVANCE_REVISION =
            "UPDATE plan_identity SET revision = revision + 1 WHERE plan_id = ? AND revision = ?";
    private static final String IDENTITY = "SELECT person_id, council_id, revision FROM plan_identity WHERE plan_id = ?";
    private static final String LATEST_BY_POSITION = LATEST.replace(":planId", "?");
    /** Plans kept decoded: enough for the plans a service is working on at once, a few megabytes. */
    private static final int LATEST_PLANS_KEPT = 256;

    private static final RowMapper<Stored> ROWS = (rs, ctx) -> {
        long pence = rs.getLong("final_budget_pence");
        Long finalBudgetPence = rs.wasNull() ? null : pence;
        return new Stored(new PlanVersionRow(rs.getString("plan_id"), rs.getInt("version"), rs.getString("person_id"),
                rs.getString("council_id"), rs.getString("status"), rs.getString("created_at"),
                rs.getString("signed_off_by"), rs.getString("signed_off_at"), finalBudgetPence,
                rs.getString("support_start"), rs.getString("ended_on"), rs.getString("return_reasons"),
                rs.getInt("content_format"), rs.getString("content_json")), rs.getLong("revision"));
    };

    private final Database database;
    private final PlanVersionRows rows = new PlanVersionRows();
    private final LatestPlans latest = new LatestPlans(LATEST_PLANS_KEPT);

    JdbcPlanRepository(Database database) {
        this.database = database;
    }

    @Override
    public void create(SupportPlan plan, AuditEvent event) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(event, "event");
        // Everything that can be refused without the database is refused before a transaction starts.
        PlanVersionRow row = storable(plan);
        database.write(describe(row), connection -> {
            if (!PlanVersionWriter.insertIdentity(connection, row, Revision.FIRST.value())) {
                throw new IllegalStateException("plan " + plan.id() + " exists, so it cannot be created again; nothing was written");
            }
            PlanVersionWriter.upsertVersions(connection, List.of(row));
            JdbcAuditTrail.append(connection, database.dialect(), event, true);
            return null;
        });
        LOG.debug("created plan {}", plan.id());
    }

    @Override
    public Update update(PlanId id, Revision basedOn, List<SupportPlan> versions, AuditEvent event) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(basedOn, "basedOn");
        Objects.requireNonNull(event, "event");
        List<PlanVersionRow> batch = storable(id, versions);
        Update update = database.write(describe(batch), connection -> update(connection, id, basedOn, batch, event, c -> {
        }));
        LOG.debug("update of plan {} based on revision {}: {}", id, basedOn, update);
        return update;
    }

    /** Decodes the plan's document only when its revision is not the one last decoded here. */
    @Override
    public Optional<StoredPlan> findById(PlanId id) {
        Objects.requireNonNull(id, "id");
        String key = id.toString();
        return database.readDirect("plan " + id, connection -> {
            Optional<Long> revision = identity(connection, id).map(Identity::revision);
            if (revision.isEmpty()) {
                return Optional.empty();
            }
            Optional<StoredPlan> kept = latest.at(id, revision.get());
            if (kept.isPresent()) {
                return kept;
            }
            Optional<StoredPlan> read;
            try (PreparedStatement select = connection.prepareStatement(LATEST_BY_POSITION)) {
                select.setString(1, key);
                try (ResultSet found = select.executeQuery()) {
                    read = found.next() ? Optional.of(ROWS.map(found, null))
                            .map(stored -> new StoredPlan(rows.toPlan(stored.row()), new Revision(stored.revision())))
                            : Optional.empty();
                }
            }
            read.ifPresent(latest::keep);
            return read;
        });
    }

    /** From the identity row alone: an access check then costs one indexed row, not a plan's document. */
    @Override
    public Optional<PlanOwnership> ownership(PlanId id) {
        Objects.requireNonNull(id, "id");
        return database.readDirect("the owner of plan " + id, connection -> identity(connection, id)
                .map(owner -> new PlanOwnership(owner.person(), owner.council())));
    }

    @Override
    public Optional<SupportPlan> findVersion(PlanId id, int version) {
        Objects.requireNonNull(id, "id");
        return database.read("plan " + id + " version " + version, h -> h.createQuery(ONE_VERSION)
                        .bind("planId", id.toString()).bind("version", version).map(ROWS).findOne())
                .map(stored -> rows.toPlan(stored.row()));
    }

    @Override
    public List<SupportPlan> history(PlanId id) {
        Objects.requireNonNull(id, "id");
        List<Stored> found = database.read("the history of plan " + id, h -> h.createQuery(ALL_VERSIONS)
                .bind("planId", id.toString()).map(ROWS).list());
        return found.stream().map(stored -> rows.toPlan(stored.row())).toList();
    }

    @Override
    public List<PlanId> ids(Optional<PlanId> after, int limit) {
        Objects.requireNonNull(after, "after");
        if (limit < 0) {
            throw new IllegalArgumentException("a page of plan ids holds 0 or more ids, not " + limit);
        }
        List<String> found = database.read("plan ids", h -> after.isEmpty()
                ? h.createQuery(FIRST_IDS).bind("limit", limit).mapTo(String.class).list()
                : h.createQuery(IDS_AFTER).bind("after", after.get().toString()).bind("limit", limit).mapTo(String.class).list());
        return found.stream().map(PlanId::parse).toList();
    }

    @Override
    public void restore(List<SupportPlan> history, Revision revision) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(revision, "revision");
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a plan's history holds at least one version; nothing was written");
        }
        PlanId id = Objects.requireNonNull(history.get(0), "history[0]").id();
        List<PlanVersionRow> batch = storable(id, history);
        PlanVersionRow first = batch.get(0);
        for (PlanVersionRow row : batch) {
            PlanStorageRules.requireSameOwner(id, row.version(), PersonId.of(row.personId()), CouncilId.of(row.councilId()),
                    PersonId.of(first.personId()), CouncilId.of(first.councilId()));
        }
        database.write(describe(batch), connection -> {
            if (!PlanVersionWriter.insertIdentity(connection, first, revision.value())) {
                throw new IllegalStateException("plan " + id + " exists, so its history cannot be restored; nothing was written");
            }
            PlanVersionWriter.upsertVersions(connection, batch);
            return null;
        });
    }

    /** Up to {@code limit} plans of {@code council} after {@code after}, by id, each as its version in force. */
    List<SupportPlan> inForce(org.jdbi.v3.core.Handle handle, CouncilId council, Optional<PlanId> after, int limit) {
        return handle.createQuery(IN_FORCE).bind("council", council.toString()).bind("after", after.map(PlanId::toString).orElse(""))
                .bind("limit", limit).map(ROWS).list().stream().map(stored -> rows.toPlan(stored.row())).toList();
    }

    /** More work done in an update's transaction once its compare-and-set has succeeded. */
    @FunctionalInterface
    interface AlsoWrite {
        void on(Connection connection) throws SQLException;
    }

    /**
     * An update inside the caller's transaction: the compare-and-set of the revision, the versions (if any), then
     * {@code alsoWrite}, then the audit entry. Nothing is written unless the compare-and-set succeeds.
     */
    Update update(Connection connection, PlanId id, Revision basedOn, List<PlanVersionRow> batch, AuditEvent event,
                  AlsoWrite alsoWrite) throws SQLException {
        if (!advanceRevision(connection, id, basedOn)) {
            // Nothing was written: say why.
            return identity(connection, id).<Update>map(stored -> new Update.Stale(new Revision(stored.revision())))
                    .orElseGet(Update.Missing::new);
        }
        Identity stored = identity(connection, id).orElseThrow(() ->
                new SQLException("plan_identity lost the row of plan " + id + " inside a transaction"));
        for (PlanVersionRow row : batch) {
            PlanStorageRules.requireSameOwner(id, row.version(), PersonId.of(row.personId()), CouncilId.of(row.councilId()),
                    stored.person(), stored.council());
        }
        if (!batch.isEmpty()) {
            PlanVersionWriter.upsertVersions(connection, batch);
        }
        alsoWrite.on(connection);
        JdbcAuditTrail.append(connection, database.dialect(), event, true);
        return new Update.Written(new Revision(stored.revision()));
    }

    /** Compare-and-set; as the first statement of the transaction, it also takes SQLite's write lock. */
    private static boolean advanceRevision(Connection connection, PlanId id, Revision basedOn) throws SQLException {
        try (PreparedStatement advance = connection.prepareStatement(ADVANCE_REVISION)) {
            advance.setString(1, id.toString());
            advance.setLong(2, basedOn.value());
            return advance.executeUpdate() == 1;
        }
    }

    private static Optional<Identity> identity(Connection connection, PlanId id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(IDENTITY)) {
            select.setString(1, id.toString());
            try (ResultSet found = select.executeQuery()) {
                return found.next() ? Optional.of(new Identity(PersonId.of(found.getString(1)), CouncilId.of(found.getString(2)),
                        found.getLong(3))) : Optional.empty();
            }
        }
    }

    private PlanVersionRow storable(SupportPlan plan) {
        PlanStorageRules.requireStorableText(plan);
        return rows.toRow(plan);
    }

    /** The versions as rows in version order (a stable sort: of two copies of one version, the later wins). */
    List<PlanVersionRow> storable(PlanId id, List<SupportPlan> versions) {
        Objects.requireNonNull(versions, "versions");
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a write of plan " + id + " stores at least one version; nothing was written");
        }
        List<PlanVersionRow> batch = new ArrayList<>(versions.size());
        for (int i = 0; i < versions.size(); i++) {
            SupportPlan plan = Objects.requireNonNull(versions.get(i), "versions[" + i + "]");
            PlanStorageRules.requireSamePlan(id, plan, i);
            batch.add(storable(plan));
        }
        batch.sort(Comparator.comparingInt(PlanVersionRow::version));
        return batch;
    }

    private static String describe(PlanVersionRow row) {
        return "plan " + row.planId() + " version " + row.version();
    }

    static String describe(List<PlanVersionRow> batch) {
        return batch.size() == 1 ? describe(batch.get(0))
                : "plan " + batch.get(0).planId() + " versions " + batch.stream().map(r -> Integer.toString(r.version())).toList();
    }

    /** A stored version and its plan's revision, read in one statement. */
    private record Stored(PlanVersionRow row, long revision) {
    }

    private record Identity(PersonId person, CouncilId council, long revision) {
    }
}
