package org.supportplan.adapter.persistence.jdbc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;

/**
 * Plans in two tables. The SQL is kept to what SQLite and PostgreSQL both accept
 * ({@code INSERT ... ON CONFLICT ... DO UPDATE}, plain types), so one migration serves both.
 */
final class JdbcPlanRepository implements PlanRepository {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcPlanRepository.class);

    private static final String UPSERT_PLAN = """
            INSERT INTO support_plan (id, person_id, council_id, status, what_is_important, created_at)
            VALUES (:id, :personId, :councilId, :status, :whatIsImportant, :createdAt)
            ON CONFLICT (id) DO UPDATE SET
                person_id = excluded.person_id,
                council_id = excluded.council_id,
                status = excluded.status,
                what_is_important = excluded.what_is_important,
                created_at = excluded.created_at
            """;
    private static final String DELETE_ITEMS = "DELETE FROM support_item WHERE plan_id = :planId";
    private static final String INSERT_ITEM = """
            INSERT INTO support_item (plan_id, position, description, provider, quantity_thousandths, unit, unit_cost_pence)
            VALUES (:planId, :position, :description, :provider, :quantityThousandths, :unit, :unitCostPence)
            """;
    private static final String SELECT_PLAN = """
            SELECT id, person_id, council_id, status, what_is_important, created_at
            FROM support_plan WHERE id = :id
            """;
    private static final String SELECT_ITEMS = """
            SELECT plan_id, position, description, provider, quantity_thousandths, unit, unit_cost_pence
            FROM support_item WHERE plan_id = :planId ORDER BY position
            """;

    private static final RowMapper<PlanRow> PLAN_ROWS = (rs, ctx) -> new PlanRow(rs.getString("id"),
            rs.getString("person_id"), rs.getString("council_id"), rs.getString("status"),
            rs.getString("what_is_important"), rs.getString("created_at"));
    private static final RowMapper<ItemRow> ITEM_ROWS = (rs, ctx) -> new ItemRow(rs.getString("plan_id"),
            rs.getInt("position"), rs.getString("description"), rs.getString("provider"),
            rs.getLong("quantity_thousandths"), rs.getString("unit"), rs.getLong("unit_cost_pence"));

    private final Jdbi jdbi;
    private final PlanRowMapper mapper = new PlanRowMapperImpl();

    JdbcPlanRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void save(SupportPlan plan) {
        Objects.requireNonNull(plan, "plan");
        PlanRow row = mapper.toPlanRow(plan);
        List<ItemRow> items = mapper.toItemRows(plan);
        // The upsert goes first: it takes the write lock (SQLite) or the plan's row lock (PostgreSQL)
        // before the items are touched, so concurrent saves of one plan cannot interleave.
        jdbi.useTransaction(handle -> {
            handle.createUpdate(UPSERT_PLAN)
                    .bind("id", row.id())
                    .bind("personId", row.personId())
                    .bind("councilId", row.councilId())
                    .bind("status", row.status())
                    .bind("whatIsImportant", row.whatIsImportant())
                    .bind("createdAt", row.createdAt())
                    .execute();
            handle.createUpdate(DELETE_ITEMS).bind("planId", row.id()).execute();
            insertItems(handle, items);
        });
        LOG.debug("saved plan {} with {} items", row.id(), items.size());
    }

    private static void insertItems(Handle handle, List<ItemRow> items) {
        if (items.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(INSERT_ITEM);
        for (ItemRow item : items) {
            batch.bind("planId", item.planId())
                    .bind("position", item.position())
                    .bind("description", item.description())
                    .bind("provider", item.provider())
                    .bind("quantityThousandths", item.quantityThousandths())
                    .bind("unit", item.unit())
                    .bind("unitCostPence", item.unitCostPence())
                    .add();
        }
        batch.execute();
    }

    @Override
    public Optional<SupportPlan> findById(PlanId id) {
        Objects.requireNonNull(id, "id");
        // One transaction so the plan row and its items come from the same committed state.
        return jdbi.inTransaction(handle -> handle.createQuery(SELECT_PLAN)
                .bind("id", id.toString())
                .map(PLAN_ROWS)
                .findOne()
                .map(row -> mapper.toPlan(row, handle.createQuery(SELECT_ITEMS)
                        .bind("planId", row.id())
                        .map(ITEM_ROWS)
                        .list())));
    }
}
