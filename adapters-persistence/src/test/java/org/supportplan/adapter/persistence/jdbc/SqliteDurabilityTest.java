package org.supportplan.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supportplan.application.port.out.Store;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.plan.SupportUnit;
import org.supportplan.domain.testdata.PlanFixtures;
import org.supportplan.domain.validation.InvalidValueException;

class SqliteDurabilityTest {

    @TempDir
    Path folder;

    private JdbcStore open(Path file) {
        return (JdbcStore) new JdbcStoreProvider().open("jdbc:sqlite:" + file);
    }

    @Test
    void aSavedPlanIsThereAfterTheStoreIsClosedAndReopened() {
        Path file = folder.resolve("plans.db");
        SupportPlan plan = PlanFixtures.aDraftPlan();
        try (Store store = open(file)) {
            store.plans().save(plan);
        }

        try (Store reopened = open(file)) {
            assertThat(reopened.plans().findById(plan.id())).contains(plan);
        }
    }

    @Test
    void pooledConnectionsUseWalFullSyncForeignKeysAndABusyTimeout() {
        try (JdbcStore store = open(folder.resolve("plans.db"))) {
            Jdbi jdbi = store.jdbi();
            jdbi.useHandle(h -> {
                assertThat(h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()).isEqualToIgnoringCase("wal");
                assertThat(h.createQuery("PRAGMA synchronous").mapTo(Integer.class).one()).isEqualTo(2);
                assertThat(h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one()).isEqualTo(1);
                assertThat(h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one())
                        .isEqualTo(JdbcTarget.SQLITE_BUSY_TIMEOUT_MS);
            });
        }
    }

    @Test
    void theSchemaIsMigratedOnceAndReopeningKeepsIt() {
        Path file = folder.resolve("plans.db");
        open(file).close();

        try (JdbcStore store = open(file)) {
            Integer applied = store.jdbi().withHandle(h ->
                    h.createQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1 AND version = '1'")
                            .mapTo(Integer.class).one());
            assertThat(applied).isEqualTo(1);
        }
    }

    @Test
    void aMissingParentFolderIsCreated() {
        Path file = folder.resolve("councils/derbyshire/plans.db");

        try (Store store = open(file)) {
            store.plans().save(PlanFixtures.aDraftPlan());
        }

        assertThat(file).exists();
    }

    @Test
    void aFailedSaveLeavesTheStoredPlanUntouched() {
        try (JdbcStore store = open(folder.resolve("plans.db"))) {
            SupportPlan original = PlanFixtures.aDraftPlan();
            store.plans().save(original);
            // Make the third item insert fail, after the plan row was updated and the old items deleted.
            store.jdbi().useHandle(h -> h.execute("""
                    CREATE TRIGGER refuse_boom BEFORE INSERT ON support_item WHEN NEW.description = 'boom'
                    BEGIN SELECT RAISE(ABORT, 'refused by test'); END
                    """));
            List<SupportItem> items = new ArrayList<>(List.of(item("fine"), item("also fine"), item("boom")));
            SupportPlan replacement = SupportPlan.restore(original.id(), original.person(), original.council(),
                    original.whatIsImportant(), items, original.status(), original.createdAt().plusSeconds(60));

            assertThatThrownBy(() -> store.plans().save(replacement)).hasMessageContaining("refused by test");

            assertThat(store.plans().findById(original.id())).contains(original);
        }
    }

    @Test
    void anInMemorySqliteUrlIsRefusedPointingAtTheMemoryStore() {
        assertThatThrownBy(() -> new JdbcStoreProvider().open("jdbc:sqlite::memory:"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'memory:'");
        assertThatThrownBy(() -> new JdbcStoreProvider().open("jdbc:sqlite:"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void urlSettingsThatCouldWeakenDurabilityAreRefused() {
        assertThatThrownBy(() -> new JdbcStoreProvider().open("jdbc:sqlite:" + folder.resolve("x.db") + "?journal_mode=DELETE"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("settings");
    }

    @Test
    void theDescriptionNamesTheFile() {
        Path file = folder.resolve("plans.db");
        try (Store store = open(file)) {
            assertThat(store.description()).isEqualTo("sqlite " + file.toAbsolutePath().normalize());
        }
    }

    private static SupportItem item(String description) {
        return new SupportItem(description, "Provider", Quantity.parse("1"), SupportUnit.ONE_OFF, Money.parse("1.00"));
    }
}
