package org.supportplan.adapter.persistence.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.ItemId;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.plan.SupportUnit;

/**
 * Migration 3: copies the walking skeleton's plans ({@code support_plan} and {@code support_item},
 * migration 1) into version-1 draft plan versions, as docs/adr/0011 describes. The skeleton's items
 * had no id, payment route or category: they become {@code i1..iN} in the person's order,
 * {@link PaymentRoute#COUNCIL_MANAGED} and {@code uncategorised}. Anything that cannot be carried over
 * exactly stops the migration with the plan named, and its transaction leaves the store as it was;
 * migration 4 drops the old tables only after this one has succeeded.
 */
final class CopySkeletonPlans implements JavaMigration {

    /** The category given to skeleton items, which had none; the sign-off check asks for a real one. */
    static final SpendCategory UNCATEGORISED = SpendCategory.of("uncategorised");

    private static final Logger LOG = LoggerFactory.getLogger(CopySkeletonPlans.class);

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "copy skeleton plans into plan versions";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<String, List<SupportItem>> items = new HashMap<>();
        int itemRows = readItems(connection, items);
        PlanVersionRows converter = new PlanVersionRows();
        List<PlanVersionRow> versions = new ArrayList<>();
        int copiedItems = 0;
        try (Statement statement = connection.createStatement();
             ResultSet plans = statement.executeQuery(
                     "SELECT id, person_id, council_id, status, what_is_important, created_at FROM support_plan ORDER BY id")) {
            while (plans.next()) {
                String id = plans.getString("id");
                List<SupportItem> planItems = items.getOrDefault(id, List.of());
                versions.add(converter.toRow(carryOver(id, plans, planItems)));
                copiedItems += planItems.size();
            }
        }
        if (copiedItems != itemRows) {
            throw new IllegalStateException("support_item holds " + (itemRows - copiedItems) + " item(s) whose plan is not in "
                    + "support_plan; they cannot be carried over, so nothing was changed. Remove or re-attach them and open the store again");
        }
        PlanVersionWriter.write(connection, versions);
        LOG.info("copied {} skeleton plan(s) with {} item(s) into version-1 drafts", versions.size(), copiedItems);
    }

    /** Reads every skeleton item, grouped by plan and numbered i1..iN in position order; returns the row count. */
    private static int readItems(Connection connection, Map<String, List<SupportItem>> items) throws SQLException {
        int rows = 0;
        try (Statement statement = connection.createStatement();
             ResultSet found = statement.executeQuery("""
                     SELECT plan_id, position, description, provider, quantity_thousandths, unit, unit_cost_pence
                     FROM support_item ORDER BY plan_id, position
                     """)) {
            while (found.next()) {
                rows++;
                String planId = found.getString("plan_id");
                List<SupportItem> planItems = items.computeIfAbsent(planId, id -> new ArrayList<>());
                try {
                    planItems.add(new SupportItem(ItemId.of("i" + (planItems.size() + 1)), found.getString("description"),
                            found.getString("provider"), PaymentRoute.COUNCIL_MANAGED,
                            new Quantity(found.getLong("quantity_thousandths")), SupportUnit.valueOf(found.getString("unit")),
                            Money.ofPence(found.getLong("unit_cost_pence")), UNCATEGORISED, Set.of(), Set.of(), null));
                } catch (RuntimeException e) {
                    throw refused(planId, "its item at position " + found.getInt("position") + " breaks a rule: " + e.getMessage(), e);
                }
            }
        }
        return rows;
    }

    private static SupportPlan carryOver(String id, ResultSet plan, List<SupportItem> items) throws SQLException {
        String status = plan.getString("status");
        if (!PlanStatus.DRAFT.name().equals(status)) {
            // The skeleton could only draft plans; a plan in another state was put there by hand and
            // has no sign-off or reasons to carry, so guessing a state for it could mislead.
            throw refused(id, "its status is " + status + ", but the skeleton only kept drafts", null);
        }
        try {
            PlanContent content = PlanContent.builder()
                    .whatIsImportant(Narrative.of(plan.getString("what_is_important")))
                    .supportItems(items)
                    .build();
            return SupportPlan.restore(PlanId.parse(id), 1, PersonId.of(plan.getString("person_id")),
                    CouncilId.of(plan.getString("council_id")), PlanStatus.DRAFT, Instant.parse(plan.getString("created_at")),
                    content, List.of(), null, null, null);
        } catch (RuntimeException e) {
            throw refused(id, "it breaks a rule: " + e.getMessage(), e);
        }
    }

    private static IllegalStateException refused(String planId, String why, Exception cause) {
        return new IllegalStateException("the skeleton plan " + planId + " cannot be carried over into a plan version: " + why
                + ". Nothing was changed; correct it in support_plan/support_item and open the store again", cause);
    }
}
