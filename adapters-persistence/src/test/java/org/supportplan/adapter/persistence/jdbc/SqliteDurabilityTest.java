package org.supportplan.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.changed;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.created;

import java.nio.file.Path;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.StoredPlan;
import org.supportplan.application.port.out.Store;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.testdata.PlanFixtures;

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
            store.plans().create(plan, created(plan));
        }

        try (Store reopened = open(file)) {
            assertThat(reopened.plans().findById(plan.id())).contains(new StoredPlan(plan, Revision.FIRST));
            assertThat(reopened.auditTrail().entries(1, 10)).extracting(AuditEntry::event).containsExactly(created(plan));
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
            List<String> applied = store.jdbi().withHandle(h ->
                    h.createQuery("SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank")
                            .mapTo(String.class).list());
            assertThat(applied).containsExactly("1", "2", "3", "4", "5", "6", "7");
        }
    }

    @Test
    void aMissingParentFolderIsCreated() {
        Path file = folder.resolve("councils/derbyshire/plans.db");

        try (Store store = open(file)) {
            SupportPlan plan = PlanFixtures.aDraftPlan();
            store.plans().create(plan, created(plan));
        }

        assertThat(file).exists();
    }

    @Test
    void aFailedUpdateLeavesTheStoredVersionRevisionAndTrailUntouched() {
        try (JdbcStore store = open(folder.resolve("plans.db"))) {
            SupportPlan original = PlanFixtures.aDraftPlan();
            store.plans().create(original, created(original));
            // The database refuses the new row after the identity statement ran: the transaction must undo everything.
            store.jdbi().useHandle(h -> h.execute("""
                    CREATE TRIGGER refuse_boom BEFORE UPDATE ON plan_version WHEN NEW.content_json LIKE '%boom%'
                    BEGIN SELECT RAISE(ABORT, 'refused by test'); END
                    """));
            SupportPlan replacement = SupportPlan.restore(original.id(), original.version(), original.person(),
                    original.council(), original.status(), original.createdAt().plusSeconds(60),
                    original.content().toBuilder().whatIsImportant(Narrative.of("boom")).build(), List.of(), null, null, null);

            assertThatThrownBy(() -> store.plans().update(original.id(), Revision.FIRST, List.of(replacement),
                    changed(original, replacement)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("refused by test")
                    .hasMessageContaining(original.id().toString());

            assertThat(store.plans().findById(original.id())).contains(new StoredPlan(original, Revision.FIRST));
            assertThat(store.auditTrail().entries(1, 10)).hasSize(1);
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

}
