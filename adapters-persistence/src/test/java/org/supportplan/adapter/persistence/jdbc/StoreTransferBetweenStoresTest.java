package org.supportplan.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.SourceDSL;
import org.supportplan.adapter.persistence.memory.MemoryStoreProvider;
import org.supportplan.adapter.persistence.transfer.StoreFilling;
import org.supportplan.adapter.persistence.transfer.StoreTransfer;
import org.supportplan.adapter.persistence.transfer.TransferSummary;
import org.supportplan.application.audit.AuditChain;
import org.supportplan.application.port.out.Store;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.testdata.PlanGenerators;

/**
 * A council moves its store: generated plans with their histories, reviews, review requests, agreed intervals,
 * direct-payment accounts (imports, transactions, audit reports) and trail, exported from one kind of store and
 * imported into another, arrive with every one of them equal, the same counts in {@code db info}, and the chain
 * intact.
 */
class StoreTransferBetweenStoresTest {

    private static final List<String> SCHEMAS = new CopyOnWriteArrayList<>();

    @TempDir
    Path folder;

    @AfterAll
    static void dropSchemas() {
        SCHEMAS.forEach(TestPostgres::dropSchema);
    }

    @Test
    void fromSqliteToPostgresNothingIsLost() {
        TestPostgres.requireDatabase();
        qt().withExamples(4).forAll(StoreFilling.histories(30)).checkAssert(generated -> {
            String postgres = TestPostgres.freshSchemaUrl();
            SCHEMAS.add(postgres);
            try (Store sqlite = new JdbcStoreProvider().open(sqliteUrl()); Store target = new JdbcStoreProvider().open(postgres)) {
                StoreFilling.fill(sqlite, generated);
                transfer(sqlite, target);
            }
        });
    }

    @Test
    void fromMemoryToSqliteNothingIsLost() {
        qt().withExamples(4).forAll(StoreFilling.histories(30)).checkAssert(generated -> {
            try (Store memory = new MemoryStoreProvider().open("memory:"); Store sqlite = new JdbcStoreProvider().open(sqliteUrl())) {
                StoreFilling.fill(memory, generated);
                transfer(memory, sqlite);
            }
        });
    }

    @Test
    void aThousandPlansGoFromSqliteToPostgresThroughAFile() throws IOException {
        TestPostgres.requireDatabase();
        String postgres = TestPostgres.freshSchemaUrl();
        SCHEMAS.add(postgres);
        Path file = folder.resolve("export.jsonl");
        try (Store sqlite = new JdbcStoreProvider().open(sqliteUrl()); Store target = new JdbcStoreProvider().open(postgres)) {
            StoreFilling.fill(sqlite, thousandPlans());
            long started = System.nanoTime();
            TransferSummary exported;
            try (OutputStream out = Files.newOutputStream(file)) {
                exported = StoreTransfer.export(sqlite, out);
            }
            long exportedAt = System.nanoTime();
            TransferSummary imported;
            try (InputStream in = Files.newInputStream(file)) {
                imported = StoreTransfer.importInto(target, in);
            }
            DatabaseTimings.log("export of %d plans, %d versions, %d reviews, %d accounts, %d transactions, %d audit reports and %d "
                            + "audit entries from SQLite (%d kB) took %d ms; the import into PostgreSQL %d ms", exported.plans(),
                    exported.planVersions(), exported.reviews(), exported.accounts(), exported.transactions(), exported.auditReports(),
                    exported.auditEntries(), Files.size(file) / 1024, (exportedAt - started) / 1_000_000,
                    (System.nanoTime() - exportedAt) / 1_000_000);

            assertThat(imported).isEqualTo(exported);
            StoreFilling.assertSameContents(sqlite, target);
            assertThat(counts(target)).isEqualTo(counts(sqlite));
        }
    }

    /** A thousand generated histories of one to four versions. */
    private static List<List<SupportPlan>> thousandPlans() {
        List<List<SupportPlan>> histories = new ArrayList<>();
        qt().withExamples(1).forAll(SourceDSL.lists().of(SourceDSL.lists().of(PlanGenerators.plans()).ofSizeBetween(1, 4)).ofSize(1000))
                .checkAssert(histories::addAll);
        return histories;
    }

    private static void transfer(Store from, Store into) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        TransferSummary exported = StoreTransfer.export(from, file);

        TransferSummary imported = StoreTransfer.importInto(into, new ByteArrayInputStream(file.toByteArray()));

        assertThat(imported).isEqualTo(exported);
        assertThat(List.of(exported.reviews(), exported.reviewRequests(), exported.agreedIntervals(), exported.accounts(),
                exported.transactionImports(), exported.transactions(), exported.auditReports())).as("every kind was moved")
                .allMatch(count -> count > 0);
        assertThat(imported.trail()).isInstanceOf(AuditChain.Verification.Intact.class);
        StoreFilling.assertSameContents(from, into);
        assertThat(counts(into)).isEqualTo(counts(from));
        assertThat(AuditChain.verify(into.auditTrail())).isEqualTo(AuditChain.verify(from.auditTrail()))
                .isInstanceOf(AuditChain.Verification.Intact.class);
    }

    /** What {@code db info} counts, without the schema version (which depends on the database, not its contents). */
    private static Map<String, String> counts(Store store) {
        Map<String, String> counts = new TreeMap<>(store.info());
        counts.remove("schemaVersion");
        return counts;
    }

    private String sqliteUrl() {
        return "jdbc:sqlite:" + folder.resolve(UUID.randomUUID() + ".db");
    }
}
