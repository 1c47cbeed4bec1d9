package org.supportplan.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supportplan.domain.plan.PlanId;

class SqliteStoreBehaviourTest extends JdbcStoreBehaviour {

    @TempDir
    Path folder;

    @Override
    protected String freshUrl() {
        return "jdbc:sqlite:" + folder.resolve(UUID.randomUUID() + ".db");
    }

    @Override
    protected void refuseDocumentsContaining(Statement statement, String marker) throws SQLException {
        for (String event : new String[] {"INSERT", "UPDATE"}) {
            statement.execute("CREATE TRIGGER refuse_" + event + " BEFORE " + event + " ON plan_version WHEN NEW.content_json LIKE '%"
                    + marker + "%' BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
        }
    }

    @Override
    protected void refuseAuditEntriesBy(Statement statement, String actor) throws SQLException {
        statement.execute("CREATE TRIGGER refuse_actor BEFORE INSERT ON audit_entry WHEN NEW.actor = '" + actor
                + "' BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
    }

    @Override
    protected int writersPerStore() {
        return 3;
    }

    @Test
    void skeletonItemsWhosePlanIsMissingStopTheMigrationWithNothingLost() throws SQLException {
        PlanId id = PlanId.random();
        PlanId missing = PlanId.random();
        String url = skeletonStoreWithOnePlan(id);
        // Only possible with foreign keys off, which a plain SQLite connection has.
        try (Connection connection = DriverManager.getConnection(url)) {
            insertSkeletonItem(connection, missing, 0, "Orphan", "Nobody", 1000, "PER_WEEK", 100);
        }

        assertThatThrownBy(() -> new JdbcStoreProvider().open(url))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1 item(s) whose plan is not in support_plan");

        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            assertThat(count(statement, "SELECT COUNT(*) FROM support_plan")).isEqualTo(1);
            assertThat(count(statement, "SELECT COUNT(*) FROM support_item")).isEqualTo(1);
            assertThat(count(statement, "SELECT COUNT(*) FROM plan_version")).isZero();
        }
    }
}
