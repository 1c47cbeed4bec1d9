package org.supportplan.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.T0;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.changed;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.created;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.renumbered;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.supportplan.adapter.persistence.contract.ContractFixtures;
import org.supportplan.adapter.persistence.contract.ReadModifyWriteRace;
import org.supportplan.application.audit.Actor;
import org.supportplan.application.audit.AuditAction;
import org.supportplan.application.audit.AuditChain;
import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.PlanOwnership;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.StoredPlan;
import org.supportplan.application.port.out.PlanRepository;
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
import org.supportplan.domain.plan.SignOff;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.plan.SupportUnit;
import org.supportplan.domain.testdata.PlanFixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the JDBC store does beyond the contract, on each database it supports: rolling back a write the
 * database refuses part-way (its audit entry included), an audit trail the database itself keeps
 * append-only, two stores (as two service instances) on one database losing no update and never forking
 * the chain, carrying plans over from older schemas, and keeping the lifecycle figures in columns and the
 * content in a document without floating-point numbers.
 */
abstract class JdbcStoreBehaviour {

    private static final PlanId FIRST = new PlanId(UUID.fromString("00000000-0000-4000-8000-000000000001"));
    private static final PlanId SECOND = new PlanId(UUID.fromString("00000000-0000-4000-8000-000000000002"));

    /** The URL of a new, empty database. */
    protected abstract String freshUrl();

    /** Makes the database refuse (with the message 'refused by test') any plan version whose document contains {@code marker}. */
    protected abstract void refuseDocumentsContaining(Statement statement, String marker) throws SQLException;

    /** Makes the database refuse (with the message 'refused by test') any audit entry by {@code actor}. */
    protected abstract void refuseAuditEntriesBy(Statement statement, String actor) throws SQLException;

    private JdbcStore open(String url) {
        return (JdbcStore) new JdbcStoreProvider().open(url);
    }

    @Test
    void anUpdateTheDatabaseRefusesPartWayLeavesNothingOfIt() throws SQLException {
        String url = freshUrl();
        try (JdbcStore store = open(url)) {
            SupportPlan stored = PlanFixtures.aDraftPlan(FIRST);
            store.plans().create(stored, created(stored));
            try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
                refuseDocumentsContaining(statement, "boom");
            }
            SupportPlan changed = withWords(stored, "Changed in the update");
            SupportPlan added = renumbered(withWords(stored, "Added in the update"), FIRST, 2);
            SupportPlan refused = renumbered(withWords(stored, "boom"), FIRST, 3);

            assertThatThrownBy(() -> store.plans().update(FIRST, Revision.FIRST, List.of(refused, added, changed),
                    changed(stored, refused)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("refused by test")
                    .hasMessageContaining("versions [1, 2, 3]");

            assertThat(store.plans().history(FIRST)).containsExactly(stored);
            assertThat(store.plans().findById(FIRST).orElseThrow().revision()).isEqualTo(Revision.FIRST);
            assertThat(count(store, "SELECT COUNT(*) FROM plan_version")).isEqualTo(1);
            assertThat(store.auditTrail().entries(1, 10)).extracting(AuditEntry::event).containsExactly(created(stored));
        }
    }

    @Test
    void aWriteWhoseAuditEntryTheDatabaseRefusesLeavesNothingOfIt() throws SQLException {
        String url = freshUrl();
        try (JdbcStore store = open(url)) {
            SupportPlan stored = PlanFixtures.aDraftPlan(FIRST);
            store.plans().create(stored, created(stored));
            try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
                refuseAuditEntriesBy(statement, "refused-actor");
            }
            Actor refusedActor = Actor.of("refused-actor");
            SupportPlan fresh = PlanFixtures.aDraftPlan(SECOND);
            SupportPlan edited = withWords(stored, "Edited by someone whose entry is refused");

            assertThatThrownBy(() -> store.plans().create(fresh,
                    AuditEvent.change(T0, refusedActor, AuditAction.PLAN_CREATED, null, fresh)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("refused by test");
            assertThatThrownBy(() -> store.plans().update(FIRST, Revision.FIRST, List.of(edited),
                    AuditEvent.change(T0, refusedActor, AuditAction.PLAN_EDITED, stored, edited)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("refused by test");

            assertThat(store.plans().findById(SECOND)).isEmpty();
            assertThat(store.plans().findById(FIRST)).contains(new StoredPlan(stored, Revision.FIRST));
            assertThat(count(store, "SELECT COUNT(*) FROM plan_identity")).isEqualTo(1);
            assertThat(count(store, "SELECT COUNT(*) FROM plan_version")).isEqualTo(1);
            assertThat(store.auditTrail().entries(1, 10)).hasSize(1);
            assertThat(store.info()).containsEntry("auditEntries", "1");
        }
    }

    @Test
    void theTrailRefusesChangeOrRemovalThroughTheStoresOwnConnections() {
        try (JdbcStore store = open(freshUrl())) {
            SupportPlan plan = PlanFixtures.aDraftPlan(FIRST);
            store.plans().create(plan, created(plan));
            AuditEntry read = store.auditTrail().append(ContractFixtures.read(plan, "CM-7"));
            List<AuditEntry> before = store.auditTrail().entries(1, 10);

            Map<String, String> refusals = new LinkedHashMap<>();
            refusals.put("UPDATE audit_entry SET actor = 'someone-else' WHERE sequence_no = 1", "append-only");
            refusals.put("UPDATE audit_entry SET hash = previous_hash", "append-only");
            refusals.put("DELETE FROM audit_entry WHERE sequence_no = 2", "append-only");
            refusals.put("DELETE FROM audit_entry", "append-only");
            refusals.put("DELETE FROM audit_head", "append-only");
            refusals.put("UPDATE audit_head SET sequence_no = 1, hash = (SELECT hash FROM audit_entry WHERE sequence_no = 1)",
                    "append-only");
            refusals.put("UPDATE audit_head SET sequence_no = 3", "append-only");
            // Entries that do not follow the last one: a fork, a gap, a broken link.
            refusals.put(insertEntry(2, before.get(0).hash()), "follow");
            refusals.put(insertEntry(4, read.hash()), "follow");
            refusals.put(insertEntry(3, before.get(0).hash()), "follow");
            dialectSpecificChangesTheTrailRefuses().forEach(change -> refusals.put(change, "append-only"));
            refusals.forEach((change, why) -> assertThatThrownBy(() -> store.jdbi().useHandle(h -> h.execute(change)))
                    .as(change).hasMessageContaining(why));

            assertThat(store.auditTrail().entries(1, 10)).containsExactlyElementsOf(before);
            assertThat(AuditChain.verify(store.auditTrail())).isEqualTo(new AuditChain.Verification.Intact(2, read.hash()));
            // A well-formed entry that follows the head is taken, whoever writes it, and moves the head.
            store.jdbi().useHandle(h -> h.execute(insertEntry(3, read.hash())));
            assertThat(store.auditTrail().entries(3, 1)).extracting(AuditEntry::sequence).containsExactly(3L);
            assertThat(store.auditTrail().append(ContractFixtures.read(plan, "CM-8")).sequence()).isEqualTo(4);
        }
    }

    @Test
    void readsNeitherWaitForAnOpenWriteNorSeeWhatItHasNotCommitted() throws Exception {
        try (JdbcStore store = open(freshUrl())) {
            SupportPlan plan = PlanFixtures.aDraftPlan(FIRST);
            store.plans().create(plan, created(plan));
            // A write left open on the store's own writing connection (on SQLite its only one), holding the write lock.
            try (org.jdbi.v3.core.Handle writer = store.jdbi().open()) {
                writer.begin();
                writer.execute("UPDATE plan_identity SET revision = revision + 1 WHERE plan_id = ?", FIRST.toString());

                java.util.concurrent.CompletableFuture<Optional<StoredPlan>> read =
                        java.util.concurrent.CompletableFuture.supplyAsync(() -> store.plans().findById(FIRST));
                java.util.concurrent.CompletableFuture<Optional<PlanOwnership>> owner =
                        java.util.concurrent.CompletableFuture.supplyAsync(() -> store.plans().ownership(FIRST));

                assertThat(read.get(10, java.util.concurrent.TimeUnit.SECONDS)).contains(new StoredPlan(plan, Revision.FIRST));
                assertThat(owner.get(10, java.util.concurrent.TimeUnit.SECONDS))
                        .contains(new PlanOwnership(plan.person(), plan.council()));
                writer.rollback();
            }
            assertThat(store.plans().findById(FIRST)).contains(new StoredPlan(plan, Revision.FIRST));
        }
    }

    @Test
    void aCommittedWriteIsSeenByTheNextReadAtOnce() {
        try (JdbcStore store = open(freshUrl())) {
            SupportPlan plan = PlanFixtures.aDraftPlan(FIRST);
            store.plans().create(plan, created(plan));
            for (int version = 2; version <= 30; version++) {
                SupportPlan before = store.plans().findById(FIRST).orElseThrow().plan();
                SupportPlan next = renumbered(withWords(before, "Version " + version), FIRST, version);

                assertThat(store.plans().update(FIRST, new Revision(version - 1), List.of(next), changed(before, next)))
                        .isEqualTo(new PlanRepository.Update.Written(new Revision(version)));
                assertThat(store.plans().findById(FIRST)).contains(new StoredPlan(next, new Revision(version)));
                assertThat(store.auditTrail().append(ContractFixtures.read(next, "CM-" + version)).sequence())
                        .isEqualTo(2L * version - 1);
                assertThat(store.auditTrail().entries(2L * version - 1, 1)).hasSize(1);
            }
        }
    }

    @Test
    void infoCountsWhatIsStoredAndNamesTheSchemaVersion() {
        try (JdbcStore store = open(freshUrl())) {
            SupportPlan plan = PlanFixtures.aDraftPlan(FIRST);
            store.plans().create(plan, created(plan));

            assertThat(store.info()).containsExactly(entry("plans", "1"), entry("planVersions", "1"), entry("auditEntries", "1"),
                    entry("reviews", "0"), entry("accounts", "0"), entry("transactions", "0"), entry("auditReports", "0"),
                    entry("schemaVersion", "7"));
        }
    }

    @Test
    void aPlanStoredBeforeRevisionsExistedIsAtTheFirstRevisionAndGoesOn() throws SQLException {
        String url = freshUrl();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").javaMigrations(new CopySkeletonPlans())
                .target("4").load().migrate();
        SupportPlan stored = PlanFixtures.aDraftPlan(FIRST);
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            PlanVersionWriter.write(connection, List.of(new PlanVersionRows().toRow(stored)));
            connection.commit();
        }

        try (JdbcStore store = open(url)) {
            assertThat(store.plans().findById(FIRST)).contains(new StoredPlan(stored, Revision.FIRST));
            SupportPlan edited = withWords(stored, "Edited after the upgrade");
            assertThat(store.plans().update(FIRST, Revision.FIRST, List.of(edited), changed(stored, edited)))
                    .isEqualTo(new PlanRepository.Update.Written(new Revision(2)));
            assertThat(store.auditTrail().entries(1, 10)).extracting(AuditEntry::event).containsExactly(changed(stored, edited));
        }
    }

    @Test
    void twoStoresOnOneDatabaseNeverLoseAnUpdate() throws Exception {
        String url = freshUrl();
        try (JdbcStore one = open(url); JdbcStore two = open(url)) {
            long started = System.nanoTime();
            ReadModifyWriteRace race = ReadModifyWriteRace.run(List.of(one.plans(), two.plans()), writersPerStore(), 8);
            DatabaseTimings.log("%s: %d writes taken and %d stale ones retried by two stores in %d ms", getClass().getSimpleName(),
                    race.writes(), race.staleWrites(), (System.nanoTime() - started) / 1_000_000);

            assertThat(race.writes()).isEqualTo(2 * writersPerStore() * 8);
            race.assertNothingLost(one.plans(), one.auditTrail());
            race.assertNothingLost(two.plans(), two.auditTrail());
        }
    }

    @Test
    void aPlanReadAgainIsTheStoredOneEvenWhenAnotherStoreChangedItInBetween() {
        String url = freshUrl();
        try (JdbcStore service = open(url); JdbcStore commandLine = open(url)) {
            SupportPlan first = PlanFixtures.aDraftPlan(FIRST);
            service.plans().create(first, created(first));
            assertThat(service.plans().findById(FIRST)).contains(new StoredPlan(first, Revision.FIRST));
            assertThat(service.plans().findById(FIRST).orElseThrow().plan()).isSameAs(service.plans().findById(FIRST).orElseThrow().plan());

            // The other store (another process, as the command line would be) writes twice, the second time in place.
            SupportPlan second = renumbered(withWords(first, "Written by the command line"), FIRST, 2);
            SupportPlan secondAgain = withWords(second, "Written again in place");
            commandLine.plans().update(FIRST, Revision.FIRST, List.of(second), changed(first, second));
            assertThat(service.plans().findById(FIRST)).contains(new StoredPlan(second, new Revision(2)));
            commandLine.plans().update(FIRST, new Revision(2), List.of(secondAgain), changed(second, secondAgain));

            assertThat(service.plans().findById(FIRST)).contains(new StoredPlan(secondAgain, new Revision(3)));
            assertThat(commandLine.plans().findById(FIRST)).contains(new StoredPlan(secondAgain, new Revision(3)));
        }
    }

    @Test
    void twoStoresAppendingAtOnceNeverForkTheChain() throws Exception {
        String url = freshUrl();
        try (JdbcStore one = open(url); JdbcStore two = open(url)) {
            SupportPlan plan = PlanFixtures.aDraftPlan(FIRST);
            one.plans().create(plan, created(plan));
            List<Callable<Integer>> work = new ArrayList<>();
            for (JdbcStore store : List.of(one, two)) {
                for (int w = 0; w < writersPerStore(); w++) {
                    String reader = "reader-" + work.size();
                    work.add(() -> {
                        for (int i = 0; i < 25; i++) {
                            store.auditTrail().append(ContractFixtures.read(plan, reader));
                            if (i % 5 == 0) {
                                SupportPlan other = PlanFixtures.aDraftPlan(PlanId.random());
                                store.plans().create(other, created(other));
                            }
                        }
                        return 25;
                    });
                }
            }

            ContractFixtures.runTogether(work);

            long expected = 1 + (long) work.size() * 30;
            assertThat(AuditChain.verify(two.auditTrail())).isInstanceOfSatisfying(AuditChain.Verification.Intact.class,
                    intact -> assertThat(intact.entries()).isEqualTo(expected));
            assertThat(one.info()).containsEntry("auditEntries", Long.toString(expected));
        }
    }

    /** Writer threads per store in the races (SQLite has one writer at a time, so fewer there). */
    protected int writersPerStore() {
        return 4;
    }

    /** Changes of the trail only this database has (such as TRUNCATE), which it must refuse. */
    protected List<String> dialectSpecificChangesTheTrailRefuses() {
        return List.of();
    }

    private static String insertEntry(long sequence, String previousHash) {
        return "INSERT INTO audit_entry (sequence_no, occurred_at, actor, action, plan_id, person_id, to_version, to_status, "
                + "previous_hash, hash) VALUES (" + sequence + ", '2026-01-01T00:00:00Z', 'CM-1', 'PLAN_READ', '" + FIRST
                + "', 'P-1', 1, 'DRAFT', '" + previousHash + "', '" + "a".repeat(64) + "')";
    }

    @Test
    void skeletonPlansAreCarriedOverIntoVersionOneDraftsAndTheOldTablesDropped() throws SQLException {
        String url = atSchemaVersion1();
        String awkward = "Seeing my grandchildren \"every\" week; café ☕\nand my garden 🌱";
        try (Connection connection = DriverManager.getConnection(url)) {
            insertSkeletonPlan(connection, FIRST, "P-104233", "derbyshire", "DRAFT", awkward, "2025-11-02T10:15:30.123456789Z");
            insertSkeletonItem(connection, FIRST, 5, "Gym membership", "Leisure centre", 1000, "ITEMS_PER_YEAR", 24000);
            insertSkeletonItem(connection, FIRST, 0, "Morning routine", "Personal assistant 'Ann'", 12500, "HOURS_PER_WEEK", 1840);
            insertSkeletonItem(connection, FIRST, 2, "Day centre", "Riverside", 2000, "SESSIONS_PER_WEEK", 4500);
            insertSkeletonPlan(connection, SECOND, "P-7", "bury", "DRAFT", "Staying at home", "2025-12-01T00:00:00Z");
        }

        try (JdbcStore store = open(url)) {
            SupportPlan first = store.plans().findById(FIRST).orElseThrow().plan();
            assertThat(first).isEqualTo(SupportPlan.restore(FIRST, 1, PersonId.of("P-104233"), CouncilId.of("derbyshire"),
                    PlanStatus.DRAFT, Instant.parse("2025-11-02T10:15:30.123456789Z"), PlanContent.builder()
                            .whatIsImportant(Narrative.of(awkward))
                            .supportItem(carried("i1", "Morning routine", "Personal assistant 'Ann'", "12.5", SupportUnit.HOURS_PER_WEEK, "18.40"))
                            .supportItem(carried("i2", "Day centre", "Riverside", "2", SupportUnit.SESSIONS_PER_WEEK, "45.00"))
                            .supportItem(carried("i3", "Gym membership", "Leisure centre", "1", SupportUnit.ITEMS_PER_YEAR, "240.00"))
                            .build(),
                    List.of(), null, null, null));
            assertThat(store.plans().history(FIRST)).containsExactly(first);
            SupportPlan second = store.plans().findVersion(SECOND, 1).orElseThrow();
            assertThat(second.council()).isEqualTo(CouncilId.of("bury"));
            assertThat(second.content().supportItems()).isEmpty();
            assertThat(second.content().whatIsImportant().text()).isEqualTo("Staying at home");

            assertThat(tableExists(store, "support_plan")).isFalse();
            assertThat(tableExists(store, "support_item")).isFalse();
            // The carried-over plans go on like any other: a new version is kept next to them.
            SupportPlan next = SupportPlan.restore(FIRST, 2, first.person(), first.council(), PlanStatus.DRAFT,
                    first.createdAt().plusSeconds(1), first.content(), List.of(), null, null, null);
            assertThat(store.plans().findById(FIRST).orElseThrow().revision()).isEqualTo(Revision.FIRST);
            store.plans().update(FIRST, Revision.FIRST, List.of(next), changed(first, next));
            assertThat(store.plans().history(FIRST)).containsExactly(first, next);
        }
    }

    @Test
    void aSkeletonPlanThatCannotBeCarriedOverStopsTheMigrationWithNothingLost() throws SQLException {
        String url = atSchemaVersion1();
        try (Connection connection = DriverManager.getConnection(url)) {
            insertSkeletonPlan(connection, FIRST, "P-1", "derbyshire", "DRAFT", "Fine", "2025-11-02T10:15:30Z");
            insertSkeletonItem(connection, FIRST, 0, "Morning routine", "PA", 1000, "HOURS_PER_WEEK", 1840);
            insertSkeletonPlan(connection, SECOND, "P-2", "derbyshire", "SUBMITTED", "Sent", "2025-11-03T10:15:30Z");
        }

        assertThatThrownBy(() -> open(url))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(SECOND.toString())
                .hasMessageContaining("SUBMITTED")
                .hasMessageContaining("Nothing was changed");

        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            assertThat(count(statement, "SELECT COUNT(*) FROM support_plan")).isEqualTo(2);
            assertThat(count(statement, "SELECT COUNT(*) FROM support_item")).isEqualTo(1);
            statement.executeUpdate("UPDATE support_plan SET status = 'DRAFT' WHERE id = '" + SECOND + "'");
        }
        try (JdbcStore store = open(url)) {
            assertThat(store.plans().findById(FIRST).orElseThrow().plan().content().supportItems()).hasSize(1);
            assertThat(store.plans().findById(SECOND).orElseThrow().plan().status()).isEqualTo(PlanStatus.DRAFT);
        }
    }

    @Test
    void lifecycleFiguresAreColumnsThatQueriesCanUse() throws SQLException {
        try (JdbcStore store = open(freshUrl())) {
            SupportPlan active = SupportPlan.restore(FIRST, 2, PersonId.of("P-104233"), CouncilId.of("derbyshire"),
                    PlanStatus.ACTIVE, Instant.parse("2026-03-02T09:30:00Z"), PlanFixtures.completeContent(), List.of(),
                    new SignOff("CM-0042", Instant.parse("2026-03-20T14:00:00Z"),
                            Money.parse("16000.00")), LocalDate.of(2026, 4, 6), null);
            store.plans().restore(List.of(active), new Revision(5));
            SupportPlan draft = PlanFixtures.aDraftPlan(SECOND);
            store.plans().create(draft, created(draft));

            List<String> row = store.jdbi().withHandle(h -> h.createQuery("""
                            SELECT i.person_id, i.council_id, v.status, v.signed_off_by, v.signed_off_at,
                                   v.final_budget_pence, v.support_start, v.ended_on, v.content_format
                            FROM plan_version v JOIN plan_identity i ON i.plan_id = v.plan_id
                            WHERE v.plan_id = :id AND v.version = 2
                            """).bind("id", FIRST.toString())
                    .map((rs, ctx) -> {
                        List<String> values = new ArrayList<>();
                        for (int c = 1; c <= 9; c++) {
                            values.add(rs.getString(c));
                        }
                        return values;
                    }).one());
            assertThat(row).containsExactly("P-104233", "derbyshire", "ACTIVE", "CM-0042", "2026-03-20T14:00:00Z",
                    "1600000", "2026-04-06", null, "1");
            List<String> activeInDerbyshire = store.jdbi().withHandle(h -> h.createQuery("""
                    SELECT v.plan_id FROM plan_identity i JOIN plan_version v ON v.plan_id = i.plan_id
                    WHERE i.council_id = 'derbyshire' AND v.status = 'ACTIVE' AND v.final_budget_pence >= 1000000
                    """).mapTo(String.class).list());
            assertThat(activeInDerbyshire).containsExactly(FIRST.toString());
        }
    }

    @Test
    void theContentDocumentHoldsAmountsAsDecimalStringsAndNoNumbers() throws Exception {
        try (JdbcStore store = open(freshUrl())) {
            SupportPlan plan = PlanFixtures.aDraftPlan(FIRST);
            store.plans().create(plan, created(plan));

            String json = store.jdbi().withHandle(h -> h.createQuery("SELECT content_json FROM plan_version")
                    .mapTo(String.class).one());
            JsonNode document = new ObjectMapper().readTree(json);
            assertThat(document.findValues("unitCost")).extracting(JsonNode::textValue).containsExactly("18.40", "42.00");
            assertThat(document.findValues("quantity")).extracting(JsonNode::textValue).containsExactly("10.5", "2");
            assertThat(document.path("budget").path("indicativeAnnual").textValue()).isEqualTo("16000.00");
            assertThat(document.path("actionPlan").path(0).path("byWhen").textValue()).isEqualTo("2026-04-01");
            assertThat(numbersIn(document)).isEmpty();
        }
    }

    @Test
    void aVersionStoredInAnUnknownFormatOrDamagedIsReportedNotGuessedAt() {
        try (JdbcStore store = open(freshUrl())) {
            SupportPlan first = PlanFixtures.aDraftPlan(FIRST);
            SupportPlan second = PlanFixtures.aDraftPlan(SECOND);
            store.plans().create(first, created(first));
            store.plans().create(second, created(second));
            store.jdbi().useHandle(h -> {
                h.execute("UPDATE plan_version SET content_format = 2 WHERE plan_id = ?", FIRST.toString());
                h.execute("UPDATE plan_version SET content_json = '{\"whatIsImportant\": \"x\"}' WHERE plan_id = ?",
                        SECOND.toString());
            });

            assertThatThrownBy(() -> store.plans().findById(FIRST))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(FIRST.toString())
                    .hasMessageContaining("format 2");
            assertThatThrownBy(() -> store.plans().history(SECOND))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(SECOND.toString())
                    .hasMessageContaining("needs");
        }
    }

    /** The URL of a new database migrated only to schema version 1, the walking skeleton's. */
    private String atSchemaVersion1() {
        String url = freshUrl();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("1").load().migrate();
        return url;
    }

    private static SupportItem carried(String id, String description, String provider, String quantity, SupportUnit unit,
                                       String unitCost) {
        return new SupportItem(ItemId.of(id), description, provider, PaymentRoute.COUNCIL_MANAGED, Quantity.parse(quantity),
                unit, Money.parse(unitCost), SpendCategory.of("uncategorised"), Set.of(), Set.of(), null);
    }

    private static SupportPlan withWords(SupportPlan plan, String words) {
        return SupportPlan.restore(plan.id(), plan.version(), plan.person(), plan.council(), plan.status(), plan.createdAt(),
                plan.content().toBuilder().whatIsImportant(Narrative.of(words)).build(), plan.returnReasons(),
                plan.signOff().orElse(null), plan.supportStart().orElse(null), plan.endedOn().orElse(null));
    }

    private static void insertSkeletonPlan(Connection connection, PlanId id, String person, String council, String status,
                                           String words, String createdAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO support_plan (id, person_id, council_id, status, what_is_important, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, id.toString());
            insert.setString(2, person);
            insert.setString(3, council);
            insert.setString(4, status);
            insert.setString(5, words);
            insert.setString(6, createdAt);
            insert.executeUpdate();
        }
    }

    static void insertSkeletonItem(Connection connection, PlanId plan, int position, String description, String provider,
                                   long quantityThousandths, String unit, long unitCostPence) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO support_item (plan_id, position, description, provider, quantity_thousandths, unit, unit_cost_pence)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, plan.toString());
            insert.setInt(2, position);
            insert.setString(3, description);
            insert.setString(4, provider);
            insert.setLong(5, quantityThousandths);
            insert.setString(6, unit);
            insert.setLong(7, unitCostPence);
            insert.executeUpdate();
        }
    }

    /** A URL at schema version 1 with one skeleton plan, for subclasses. */
    String skeletonStoreWithOnePlan(PlanId id) throws SQLException {
        String url = atSchemaVersion1();
        try (Connection connection = DriverManager.getConnection(url)) {
            insertSkeletonPlan(connection, id, "P-1", "derbyshire", "DRAFT", "Fine", "2025-11-02T10:15:30Z");
        }
        return url;
    }

    private static boolean tableExists(JdbcStore store, String table) throws SQLException {
        return store.jdbi().withHandle(h -> {
            Connection connection = h.getConnection();
            try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), table, null)) {
                return tables.next();
            }
        });
    }

    private static int count(JdbcStore store, String sql) {
        return store.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    static int count(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static List<String> numbersIn(JsonNode node) {
        List<String> numbers = new ArrayList<>();
        if (node.isNumber()) {
            numbers.add(node.toString());
        }
        node.forEach(child -> numbers.addAll(numbersIn(child)));
        return numbers;
    }
}
