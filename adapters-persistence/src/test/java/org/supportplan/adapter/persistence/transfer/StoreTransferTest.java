package org.supportplan.adapter.persistence.transfer;

import static java.util.Collections.nCopies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.changed;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.created;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.draft;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.supportplan.adapter.persistence.contract.ContractFixtures;
import org.supportplan.adapter.persistence.memory.MemoryStoreProvider;
import org.supportplan.application.audit.Actor;
import org.supportplan.application.audit.AuditAction;
import org.supportplan.application.audit.AuditChain;
import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.StoredPlan;
import org.supportplan.application.port.out.AuditTrail;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.application.port.out.Store;
import org.supportplan.domain.account.AccountId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.testdata.PlanFixtures;

import com.fasterxml.jackson.databind.ObjectMapper;

class StoreTransferTest {

    private final ObjectMapper json = new ObjectMapper();

    private static Store memory() {
        return new MemoryStoreProvider().open("memory:");
    }

    @Test
    void anExportIsAHeaderOneLinePerPlanOneLinePerEntryAndAnEndLine() throws IOException {
        try (Store store = memory()) {
            SupportPlan draft = PlanFixtures.aDraftPlan();
            SupportPlan submitted = ContractFixtures.done(draft.submit());
            store.plans().create(draft, created(draft));
            store.plans().update(draft.id(), Revision.FIRST, List.of(submitted), changed(draft, submitted));
            store.auditTrail().append(read(submitted, "cli:jsmith"));
            List<AuditEntry> entries = store.auditTrail().entries(1, 10);

            List<String> lines = export(store).lines().toList();

            assertThat(lines).hasSize(6);
            assertThat(lines.get(0)).isEqualTo("{\"type\":\"header\",\"format\":2,\"contentFormat\":1,\"recordFormat\":1}");
            String planStart = "{\"type\":\"plan\",\"id\":\"" + draft.id() + "\",\"person\":\"P-100234\",\"council\":\"derbyshire\","
                    + "\"revision\":2,\"versions\":[{\"version\":1,\"status\":\"SUBMITTED\",\"createdAt\":\"2026-03-02T09:30:00Z\","
                    + "\"returnReasons\":[],\"signOff\":null,\"supportStart\":null,\"endedOn\":null,\"content\":{";
            assertThat(lines.get(1)).startsWith(planStart).endsWith("}}]}");
            // The content is the stored plan document, exactly as docs/schema and the document tests define it.
            assertThat(json.readTree(lines.get(1)).path("versions").path(0).path("content")).isEqualTo(json.readTree(
                    getClass().getResourceAsStream("/document/complete-content-format-1.json")));
            assertThat(lines.get(2)).isEqualTo("{\"type\":\"audit\",\"sequence\":1,\"at\":\"2026-01-15T09:30:12.123456789Z\","
                    + "\"actor\":\"CM-0042\",\"action\":\"PLAN_CREATED\",\"plan\":\"" + draft.id() + "\",\"person\":\"P-100234\","
                    + "\"from\":null,\"to\":{\"version\":1,\"status\":\"DRAFT\"},\"previousHash\":\"" + AuditEntry.GENESIS
                    + "\",\"hash\":\"" + entries.get(0).hash() + "\"}");
            assertThat(lines.get(3)).isEqualTo("{\"type\":\"audit\",\"sequence\":2,\"at\":\"2026-01-15T09:30:13.123456789Z\","
                    + "\"actor\":\"CM-0042\",\"action\":\"PLAN_EDITED\",\"plan\":\"" + draft.id() + "\",\"person\":\"P-100234\","
                    + "\"from\":{\"version\":1,\"status\":\"DRAFT\"},\"to\":{\"version\":1,\"status\":\"SUBMITTED\"},"
                    + "\"previousHash\":\"" + entries.get(0).hash() + "\",\"hash\":\"" + entries.get(1).hash() + "\"}");
            assertThat(json.readTree(lines.get(4)).path("actor").textValue()).isEqualTo("cli:jsmith");
            assertThat(lines.get(5)).isEqualTo("{\"type\":\"end\",\"plans\":1,\"planVersions\":1,\"reviews\":0,\"reviewRequests\":0,"
                    + "\"agreedIntervals\":0,\"accounts\":0,\"transactionImports\":0,\"transactions\":0,\"auditReports\":0,"
                    + "\"auditEntries\":3}");
        }
    }

    @Test
    void anyGeneratedStoreRoundTripsExactlyAndExportsAgainAsTheSameLines() {
        qt().withExamples(10).forAll(StoreFilling.histories(12)).checkAssert(generated -> {
            try (Store original = memory(); Store copy = memory()) {
                StoreFilling.fill(original, generated);
                ByteArrayOutputStream file = new ByteArrayOutputStream();
                TransferSummary exported = StoreTransfer.export(original, file);

                TransferSummary imported = StoreTransfer.importInto(copy, new ByteArrayInputStream(file.toByteArray()));

                assertThat(imported).isEqualTo(exported);
                assertThat(exported.plans()).isEqualTo(generated.size());
                assertThat(exported.trail()).isEqualTo(AuditChain.verify(original.auditTrail()));
                assertThat(exported.trail()).isInstanceOf(AuditChain.Verification.Intact.class);
                StoreFilling.assertSameContents(original, copy);
                assertThat(export(copy)).isEqualTo(file.toString(StandardCharsets.UTF_8));
            }
        });
    }

    @Test
    void anEmptyStoreExportsAsAHeaderAndAnEndLineAndImportsAsEmpty() {
        try (Store empty = memory(); Store copy = memory()) {
            String file = export(empty);

            TransferSummary summary = StoreTransfer.importInto(copy, stream(file));

            assertThat(file.lines()).hasSize(2);
            assertThat(summary).isEqualTo(new TransferSummary(0, 0, 0, new AuditChain.Verification.Intact(0, AuditEntry.GENESIS)));
            assertThat(copy.info()).containsEntry("plans", "0").containsEntry("auditEntries", "0");
        }
    }

    @Test
    void bothDirectionsReadTheStoreAPageAtATime() {
        try (Store store = memory(); Store copy = memory()) {
            for (int i = 0; i < 1_201; i++) {
                SupportPlan plan = draft(PlanId.random(), "Plan " + i);
                store.plans().restore(List.of(plan), Revision.FIRST);
                store.auditTrail().append(read(plan, "CM-1"));
            }
            Paging paging = new Paging(store);

            StoreTransfer.export(paging, new ByteArrayOutputStream());

            assertThat(paging.idPages.get()).isEqualTo(3);
            assertThat(paging.entryPages.get()).isEqualTo(3);
            assertThat(paging.largestPage.get()).isLessThanOrEqualTo(StoreTransfer.PAGE);
            assertThat(StoreTransfer.importInto(copy, stream(export(store))).auditEntries()).isEqualTo(1_201);
        }
    }

    @Test
    void anImportGoesOnlyIntoAnEmptyStoreAndWritesNothingElsewhere() {
        try (Store original = memory(); Store withAPlan = memory(); Store withAnEntry = memory()) {
            SupportPlan plan = draft(PlanId.random(), "Exported");
            original.plans().create(plan, created(plan));
            String file = export(original);
            SupportPlan there = draft(PlanId.random(), "Already there");
            withAPlan.plans().restore(List.of(there), Revision.FIRST);
            withAnEntry.auditTrail().append(read(there, "CM-1"));

            assertThatThrownBy(() -> StoreTransfer.importInto(withAPlan, stream(file)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not empty (1 plans, 0 audit entries)")
                    .hasMessageContaining("Nothing was written");
            assertThatThrownBy(() -> StoreTransfer.importInto(withAnEntry, stream(file)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not empty (0 plans, 1 audit entries)");

            assertThat(withAPlan.plans().findById(plan.id())).isEmpty();
            assertThat(withAPlan.info()).containsEntry("plans", "1").containsEntry("auditEntries", "0");
            assertThat(withAnEntry.info()).containsEntry("plans", "0").containsEntry("auditEntries", "1");
        }
    }

    @Test
    void whatIsNotAnExportOrIsOfAnotherFormatIsRefusedBeforeAnythingIsWritten() {
        for (String file : List.of("", "\n\n", "plan,person\n1,2\n", "{\"type\":\"plan\"}\n",
                "{\"type\":\"header\",\"format\":2,\"contentFormat\":1}\n{\"type\":\"end\",\"plans\":0,\"planVersions\":0,\"auditEntries\":0}\n",
                "{\"type\":\"header\",\"format\":1,\"contentFormat\":2}\n",
                "{\"type\":\"header\",\"format\":\"1\",\"contentFormat\":1}\n")) {
            try (Store store = memory()) {
                assertThatThrownBy(() -> StoreTransfer.importInto(store, stream(file)))
                        .as(file)
                        .isInstanceOfSatisfying(TransferException.class, e -> assertThat(e.line()).isPositive())
                        .hasMessageContaining("line ")
                        .hasMessageContaining("Nothing was imported");
                assertThat(store.info()).containsEntry("plans", "0");
            }
        }
        try (Store store = memory()) {
            assertThatThrownBy(() -> StoreTransfer.importInto(store, stream(
                    "{\"type\":\"header\",\"format\":3,\"contentFormat\":1,\"recordFormat\":1}\n")))
                    .hasMessageContaining("format 3").hasMessageContaining("reads formats 1 and 2");
        }
    }

    @Test
    void aFileCutShortIsFoundAndWhatWasImportedIsSaidAndKeptOutOfTheNextImport() {
        try (Store original = filled(); Store copy = memory(); Store fresh = memory()) {
            List<String> lines = export(original).lines().toList();
            String cut = String.join("\n", lines.subList(0, lines.size() - 2)) + "\n";

            assertThatThrownBy(() -> StoreTransfer.importInto(copy, stream(cut)))
                    .isInstanceOfSatisfying(TransferException.class, e -> assertThat(e.line()).isEqualTo(lines.size() - 1))
                    .hasMessageContaining("cut short")
                    .hasMessageContaining("3 plans and " + (lines.size() - 6) + " audit entries were imported")
                    .hasMessageContaining("new, empty store");
            // The partial import is not empty, so importing again into it is refused; a fresh store takes the whole file.
            assertThatThrownBy(() -> StoreTransfer.importInto(copy, stream(String.join("\n", lines))))
                    .isInstanceOf(IllegalStateException.class);
            StoreTransfer.importInto(fresh, stream(String.join("\n", lines)));
            StoreFilling.assertSameContents(original, fresh);
        }
    }

    @Test
    void aDamagedLineIsRefusedNamingItsLine() throws IOException {
        try (Store original = filled()) {
            List<String> lines = export(original).lines().toList();
            Map<String, UnaryOperator<String>> damages = Map.of(
                    "an amount as a number", line -> line.replaceFirst("\"finalBudgetAnnual\":\"[0-9.]+\"", "\"finalBudgetAnnual\":16000.0")
                            .replaceFirst("\"unitCost\":\"([0-9.]+)\"", "\"unitCost\":$1"),
                    "an unknown field", line -> line.replaceFirst("\"revision\"", "\"colour\":\"blue\",\"revision\""),
                    "a repeated field", line -> line.replaceFirst("\"revision\"", "\"revision\":1,\"revision\""),
                    "an unknown status", line -> line.replaceFirst("\"status\":\"[A-Z_]+\"", "\"status\":\"LOST\""),
                    "a version number out of order", line -> line.replaceFirst("\"version\":1,", "\"version\":9,"),
                    "a broken JSON object", line -> line.substring(0, line.length() - 2),
                    "no versions", line -> line.replaceFirst("\"versions\":\\[.*\\]}$", "\"versions\":[]}"),
                    "a person breaking the identifier rule", line -> line.replaceFirst("\"person\":\"[^\"]+\"", "\"person\":\"P 1\""));
            // Line 3 is the second plan, which has two versions; damage its line only.
            int damaged = 2;
            for (Map.Entry<String, UnaryOperator<String>> damage : damages.entrySet()) {
                List<String> file = new ArrayList<>(lines);
                file.set(damaged, damage.getValue().apply(lines.get(damaged)));
                assertThat(file.get(damaged)).as(damage.getKey()).isNotEqualTo(lines.get(damaged));
                try (Store copy = memory()) {
                    assertThatThrownBy(() -> StoreTransfer.importInto(copy, stream(String.join("\n", file))))
                            .as(damage.getKey())
                            .isInstanceOfSatisfying(TransferException.class, e -> assertThat(e.line()).isEqualTo(damaged + 1))
                            .hasMessageStartingWith("line " + (damaged + 1) + " of the export")
                            .hasMessageContaining("1 plans and 0 audit entries were imported");
                }
            }
        }
    }

    @Test
    void missingReorderedOrRelinkedEntriesAndLinesOutOfPlaceAreRefused() {
        try (Store original = filled()) {
            List<String> lines = export(original).lines().toList();
            int firstEntry = 4;
            List<List<String>> damaged = List.of(
                    without(lines, firstEntry + 1),
                    swapped(lines, firstEntry, firstEntry + 1),
                    with(lines, firstEntry + 2, lines.get(1)),
                    with(lines, lines.size(), lines.get(firstEntry)));
            List<String> why = List.of("stands where entry 2 belongs", "stands where entry 1 belongs", "a plan comes after audit entries",
                    "after the end line");
            for (int i = 0; i < damaged.size(); i++) {
                String file = String.join("\n", damaged.get(i));
                try (Store copy = memory()) {
                    assertThatThrownBy(() -> StoreTransfer.importInto(copy, stream(file)))
                            .isInstanceOf(TransferException.class).hasMessageContaining(why.get(i));
                }
            }
            List<String> relinked = new ArrayList<>(lines);
            relinked.set(firstEntry + 1, lines.get(firstEntry + 1).replaceFirst("\"previousHash\":\"[0-9a-f]+\"",
                    "\"previousHash\":\"" + "1".repeat(64) + "\""));
            try (Store copy = memory()) {
                assertThatThrownBy(() -> StoreTransfer.importInto(copy, stream(String.join("\n", relinked))))
                        .isInstanceOf(TransferException.class).hasMessageContaining("does not follow entry 1");
            }
        }
    }

    @Test
    void anEntryAlteredAfterItWasWrittenIsImportedAsItIsAndReportedBroken() {
        try (Store original = filled(); Store copy = memory()) {
            List<String> lines = new ArrayList<>(export(original).lines().toList());
            int second = 5;
            lines.set(second, lines.get(second).replace("\"actor\":\"CM-0042\"", "\"actor\":\"CM-9999\""));

            TransferSummary summary = StoreTransfer.importInto(copy, stream(String.join("\n", lines)));

            assertThat(summary.trail()).isInstanceOfSatisfying(AuditChain.Verification.Broken.class,
                    broken -> assertThat(broken.sequence()).isEqualTo(2));
            assertThat(AuditChain.verify(copy.auditTrail())).isEqualTo(summary.trail());
            assertThat(copy.auditTrail().entries(2, 1).get(0).event().actor()).isEqualTo(Actor.of("CM-9999"));
        }
    }

    @Test
    void aTrailWithAGapIsExportedOnceAsItIsAndReportedBroken() {
        SupportPlan plan = draft(PlanId.random(), "Read many times");
        List<AuditEntry> stored = new ArrayList<>();
        stored.add(AuditEntry.first(read(plan, "CM-0")));
        for (int i = 1; i < 700; i++) {
            stored.add(stored.get(i - 1).next(read(plan, "CM-" + i)));
        }
        stored.remove(3);
        try (Store empty = memory()) {
            Store damaged = new Paging(empty) {
                @Override
                public AuditTrail auditTrail() {
                    return new AuditTrail() {
                        @Override
                        public AuditEntry append(AuditEvent event) {
                            throw new UnsupportedOperationException();
                        }

                        @Override
                        public List<AuditEntry> entries(long from, int limit) {
                            return stored.stream().filter(e -> e.sequence() >= from).limit(limit).toList();
                        }

                        @Override
                        public void restore(AuditEntry entry) {
                            throw new UnsupportedOperationException();
                        }
                    };
                }
            };
            ByteArrayOutputStream file = new ByteArrayOutputStream();

            TransferSummary summary = StoreTransfer.export(damaged, file);

            assertThat(summary.auditEntries()).isEqualTo(699);
            assertThat(summary.trail()).isEqualTo(new AuditChain.Verification.Broken(4, "entry 4 is missing (the next entry is 5)"));
            assertThat(file.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("{\"type\":\"audit\"")))
                    .hasSize(699).doesNotHaveDuplicates();
        }
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        try (Store copy = memory()) {
            byte[] file = "{\"type\":\"header\",\"format\":1,\"contentFormat\":1}\n{\"type\":\"pl\u00e9n\"}\n"
                    .getBytes(StandardCharsets.ISO_8859_1);

            assertThatThrownBy(() -> StoreTransfer.importInto(copy, new ByteArrayInputStream(file)))
                    .isInstanceOfSatisfying(TransferException.class, e -> assertThat(e.line()).isEqualTo(2))
                    .hasMessageContaining("not UTF-8");
        }
    }

    @Test
    void anImportByAPersonRecordsEachPlanImportedAfterTheImportedTrail() {
        try (Store original = filled(); Store copy = memory()) {
            Instant at = Instant.parse("2026-11-24T10:00:00Z");
            Actor importer = Actor.of("cli:admin");
            long exportedEntries = original.auditTrail().entries(1, 100).size();

            TransferSummary summary = StoreTransfer.importInto(copy, stream(export(original)), importer,
                    Clock.fixed(at, ZoneOffset.UTC));

            assertThat(summary.auditEntries()).isEqualTo(exportedEntries);
            List<AuditEntry> recorded = copy.auditTrail().entries(exportedEntries + 1, 100);
            List<AuditEvent> expected = new ArrayList<>();
            for (PlanId id : StoreFilling.allIds(copy)) {
                SupportPlan latest = copy.plans().findById(id).orElseThrow().plan();
                expected.add(new AuditEvent(at, importer, AuditAction.PLAN_IMPORTED, id, latest.person(), null,
                        AuditEvent.VersionState.of(latest)));
            }
            assertThat(recorded).extracting(AuditEntry::event).containsExactlyElementsOf(expected);
            assertThat(AuditChain.verify(copy.auditTrail())).isInstanceOf(AuditChain.Verification.Intact.class);
            assertThat(copy.auditTrail().entries(1, (int) exportedEntries)).containsExactlyElementsOf(
                    original.auditTrail().entries(1, (int) exportedEntries));
        }
    }

    @Test
    void eachPlanIsFollowedByItsReviewsRequestsIntervalAndAccountsEachAccountByItsImportsTransactionsAndReports()
            throws IOException {
        try (Store store = withRecords()) {
            AccountId account = AccountId.of("DP-0-0");
            List<String> lines = export(store).lines().toList();

            List<String> types = new ArrayList<>();
            for (String line : lines) {
                types.add(json.readTree(line).path("type").textValue());
            }
            assertThat(types).containsExactlyElementsOf(
                    concat(List.of("header", "plan", "review", "review", "reviewRequest", "reviewRequest", "agreedInterval"),
                            accountLines(), accountLines(), List.of("plan", "plan"), nCopies(
                                    (int) store.auditTrail().entries(1, 100).size(), "audit"), List.of("end")));
            assertThat(lines.get(8)).isEqualTo("{\"type\":\"transactionImport\",\"account\":\"DP-0-0\",\"fileSha256\":\""
                    + "10".repeat(32) + "\",\"at\":\"2027-04-01T10:15:30.500Z\",\"rows\":4,\"accepted\":4,\"rejected\":0}");
            assertThat(lines.get(12)).isEqualTo("{\"type\":\"transaction\",\"account\":\"DP-0-0\",\"line\":3,\"reference\":null,"
                    + "\"date\":\"2027-01-11\",\"payee\":\"Zo\u00eb O\u2019Brien \u2014 PA \ud83d\ude42\",\"amount\":\"-193.20\","
                    + "\"category\":\"personal-assistant\",\"description\":\"Week 0\"}");
            assertThat(lines.get(13)).isEqualTo("{\"type\":\"transaction\",\"account\":\"DP-0-0\",\"line\":0,\"reference\":\"REF-0-0\","
                    + "\"date\":\"2027-01-11\",\"payee\":\"Riverside Day Centre\",\"amount\":\"-45.00\",\"category\":\"uncategorised\","
                    + "\"description\":\"\"}");
            // The records are their stored documents (docs/adr/0015): the account with its monitoring assessment.
            assertThat(json.readTree(lines.get(7)).path("account").path("monitoring").path("level").path("id").textValue()).isEqualTo("standard");
            assertThat(json.readTree(lines.get(20)).path("account").path("monitoring").path("level").path("id").textValue()).isEqualTo("enhanced");
            assertThat(json.readTree(lines.get(19)).path("report").path("findings").size()).isPositive();
            assertThat(lines.get(lines.size() - 1)).isEqualTo("{\"type\":\"end\",\"plans\":3,\"planVersions\":4,\"reviews\":2,"
                    + "\"reviewRequests\":2,\"agreedIntervals\":1,\"accounts\":2,\"transactionImports\":4,\"transactions\":16,"
                    + "\"auditReports\":4,\"auditEntries\":" + store.auditTrail().entries(1, 100).size() + "}");
            assertThat(StoreFilling.allTransactions(store, account)).hasSize(8);
        }
    }

    @Test
    void everyKindOfRecordArrivesExactlyWithNoNewAuditEntryAndIsCounted() {
        try (Store original = withRecords(); Store copy = memory()) {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            TransferSummary exported = StoreTransfer.export(original, file);

            TransferSummary imported = StoreTransfer.importInto(copy, new ByteArrayInputStream(file.toByteArray()));

            long entries = original.auditTrail().entries(1, 100).size();
            assertThat(imported).isEqualTo(exported).isEqualTo(new TransferSummary(3, 4, 2, 2, 1, 2, 4, 16, 4, entries,
                    AuditChain.verify(original.auditTrail())));
            StoreFilling.assertSameContents(original, copy);
            assertThat(copy.auditTrail().entries(1, 100)).hasSize((int) entries);
            assertThat(AuditChain.verify(copy.auditTrail())).isInstanceOf(AuditChain.Verification.Intact.class);
            assertThat(export(copy)).isEqualTo(file.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void anExportOfFormatOneIsStillImported() throws IOException {
        try (Store original = filled(); Store copy = memory();
             InputStream file = getClass().getResourceAsStream("/transfer/format-1.jsonl")) {
            TransferSummary imported = StoreTransfer.importInto(copy, file);

            assertThat(imported).isEqualTo(new TransferSummary(3, 4, 4, AuditChain.verify(original.auditTrail())));
            StoreFilling.assertSameContents(original, copy);
        }
        String formatOne = new String(getClass().getResourceAsStream("/transfer/format-1.jsonl").readAllBytes(), StandardCharsets.UTF_8);
        String withAReview = formatOne.replaceFirst("\n\\{\"type\":\"plan\",\"id\":\"00000000-0000-4000-8000-000000000002\"",
                "\n{\"type\":\"review\",\"plan\":\"00000000-0000-4000-8000-000000000001\",\"review\":{}}$0");
        try (Store copy = memory()) {
            assertThatThrownBy(() -> StoreTransfer.importInto(copy, stream(withAReview)))
                    .isInstanceOfSatisfying(TransferException.class, e -> assertThat(e.line()).isEqualTo(3))
                    .hasMessageContaining("'review' is not a line type of a format 1 export");
        }
    }

    @Test
    void recordLinesOutOfPlaceOrNamingAnotherPlanOrAccountAreRefusedNamingTheLine() {
        try (Store original = withRecords()) {
            List<String> lines = export(original).lines().toList();
            int review = 2;
            int interval = 6;
            int account = 7;
            int transaction = 10;
            int firstEntry = lines.size() - 1 - (int) original.auditTrail().entries(1, 100).size();
            Map<String, List<String>> damaged = new LinkedHashMap<>();
            damaged.put("stands after the account line of the same plan", with(without(lines, review), account, lines.get(review)));
            damaged.put("one agreed interval at most", with(lines, interval + 1, lines.get(interval)));
            damaged.put("comes before any account line", with(lines, interval + 1, lines.get(transaction)));
            damaged.put("stands after the transaction line of the same account", with(lines, transaction + 1, lines.get(account + 1)));
            int secondPlan = 33;
            assertThat(lines.get(secondPlan)).startsWith("{\"type\":\"plan\",\"id\":\"00000000-0000-4000-8000-000000000002\"");
            damaged.put("names plan 00000000-0000-4000-8000-000000000001, but follows plan 00000000-0000-4000-8000-000000000002",
                    with(lines, secondPlan + 1, lines.get(review)));
            damaged.put("names account DP-0-1, but follows account DP-0-0", with(lines, transaction,
                    lines.get(transaction).replace("\"account\":\"DP-0-0\"", "\"account\":\"DP-0-1\"")));
            damaged.put("the review line comes after audit entries", with(lines, firstEntry + 1, lines.get(review)));
            damaged.put("comes before any plan line", with(lines, 1, lines.get(review)));
            for (Map.Entry<String, List<String>> damage : damaged.entrySet()) {
                try (Store copy = memory()) {
                    assertThatThrownBy(() -> StoreTransfer.importInto(copy, stream(String.join("\n", damage.getValue()))))
                            .as(damage.getKey())
                            .isInstanceOf(TransferException.class)
                            .hasMessageStartingWith("line ")
                            .hasMessageContaining(damage.getKey());
                }
            }
        }
    }

    @Test
    void aDamagedRecordIsRefusedNamingItsLineTheFieldAndTheRule() {
        try (Store original = withRecords()) {
            List<String> lines = export(original).lines().toList();
            record Damage(int index, UnaryOperator<String> change, String why) {
            }
            List<Damage> damages = List.of(
                    new Damage(10, line -> line.replace("\"amount\":\"772.80\"", "\"amount\":\"772.805\""),
                            "transaction 1 of account DP-0-0 cannot be read: amount breaks rule money.format"),
                    new Damage(10, line -> line.replace("\"amount\":\"772.80\"", "\"amount\":772.80"), "not a well-formed transaction line"),
                    new Damage(10, line -> line.replace("\"date\":\"2027-01-04\"", "\"date\":\"2027-02-30\""),
                            "transaction 1 of account DP-0-0 cannot be read: date: "),
                    new Damage(11, line -> line.replaceFirst("\"payee\":\"[^\"]+\"", "\"payee\":null"), "payee is missing"),
                    new Damage(11, line -> line.replaceFirst("\"payee\":\"[^\"]+\"", "\"payee\":\"" + "x".repeat(201) + "\""),
                            "transaction 2 of account DP-0-0 cannot be read: payee breaks rule"),
                    new Damage(10, line -> line.replace("\"description\"", "\"colour\":\"blue\",\"description\""), "Unrecognized field"),
                    new Damage(2, line -> line.replace("\"PERSON\",", ""), "participants breaks rule review.person-involved"),
                    new Damage(7, line -> line.replace("\"assessedBy\":\"CM-0042\"", "\"assessedBy\":\" \""),
                            "the account cannot be read: the DirectPaymentAccount document's assessedBy breaks rule text.not-blank"),
                    new Damage(19, line -> line.replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"report-one\""),
                            "audit report report-one cannot be read: id: "),
                    new Damage(8, line -> line.replace("\"at\":\"2027-04-01T10:15:30.500Z\"", "\"at\":\"yesterday\""),
                            "the transaction import cannot be read: at: "),
                    new Damage(8, line -> line.replace("\"rows\":4", "\"rows\":-4"),
                            "the transaction import cannot be read: rows is -4, but a count of rows is 0 or more"));
            for (Damage damage : damages) {
                List<String> file = new ArrayList<>(lines);
                file.set(damage.index(), damage.change().apply(lines.get(damage.index())));
                assertThat(file.get(damage.index())).as(damage.why()).isNotEqualTo(lines.get(damage.index()));
                try (Store copy = memory()) {
                    assertThatThrownBy(() -> StoreTransfer.importInto(copy, stream(String.join("\n", file))))
                            .as(damage.why())
                            .isInstanceOfSatisfying(TransferException.class, e -> assertThat(e.line()).isEqualTo(damage.index() + 1))
                            .hasMessageStartingWith("line " + (damage.index() + 1) + " of the export")
                            .hasMessageContaining(damage.why())
                            .hasMessageContaining("1 plans");
                    if (damage.index() >= 10 && damage.index() < 18) {
                        // Nothing of an account's transactions is stored unless all of them are.
                        assertThat(StoreFilling.allTransactions(copy, AccountId.of("DP-0-0"))).isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void aFileCutShortAmongAnAccountsTransactionsStoresNoneOfThemAndSaysWhatStays() {
        try (Store original = withRecords(); Store copy = memory()) {
            List<String> lines = export(original).lines().toList();
            String cut = String.join("\n", lines.subList(0, 14)) + "\n";

            assertThatThrownBy(() -> StoreTransfer.importInto(copy, stream(cut)))
                    .isInstanceOf(TransferException.class)
                    .hasMessageContaining("cut short")
                    .hasMessageContaining("1 plans, 2 reviews, 2 reviewRequests, 1 agreedIntervals, 1 accounts, 2 transactionImports and "
                            + "0 audit entries were imported")
                    .hasMessageContaining("The 4 transactions of account DP-0-0 read so far were not stored");

            AccountId account = AccountId.of("DP-0-0");
            assertThat(copy.accounts().find(account)).isPresent();
            assertThat(copy.accounts().imports(account)).hasSize(2);
            assertThat(StoreFilling.allTransactions(copy, account)).isEmpty();
            assertThat(copy.info()).containsEntry("transactions", "0");
        }
    }

    @Test
    void aRecordTheStoreRefusesStopsTheImportNamingTheLineAndWhatStays() {
        try (Store original = withRecords(); Store copy = memory()) {
            List<String> lines = new ArrayList<>(export(original).lines().toList());
            lines.set(9, lines.get(8));

            assertThatThrownBy(() -> StoreTransfer.importInto(copy, stream(String.join("\n", lines))))
                    .isInstanceOf(IllegalStateException.class)
                    .isNotInstanceOf(TransferException.class)
                    .hasMessageStartingWith("line 10 of the export: the store did not take the import of file " + "10".repeat(32))
                    .hasMessageContaining("was imported into account DP-0-0 before")
                    .hasMessageContaining("1 transactionImports");
        }
    }

    @Test
    void anExportThatFindsLessThanTheStoreHoldsIsRefusedAndHasNoEndLine() {
        try (Store original = withRecords()) {
            Store counting = new Paging(original) {
                @Override
                public Map<String, String> info() {
                    Map<String, String> info = new LinkedHashMap<>(super.info());
                    info.put("transactions", "1500000");
                    return info;
                }
            };
            ByteArrayOutputStream file = new ByteArrayOutputStream();

            assertThatThrownBy(() -> StoreTransfer.export(counting, file))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("incomplete (1500000 transactions held, 16 written)")
                    .hasMessageContaining("cannot be imported");
            assertThat(file.toString(StandardCharsets.UTF_8)).doesNotContain("\"type\":\"end\"");
        }
    }

    private static List<String> accountLines() {
        return concat(List.of("account", "transactionImport", "transactionImport"), nCopies(8, "transaction"),
                List.of("auditReport", "auditReport"));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    /** {@link #filled()} with records for its first plan: two reviews, two requests, an interval and two accounts. */
    private static Store withRecords() {
        Store store = filled();
        StoreFilling.fillRecords(store, new PlanId(UUID.fromString("00000000-0000-4000-8000-000000000001")), 0);
        return store;
    }

    /** A memory store with three plans: one version, two versions, and one restored; and their trail. */
    private static Store filled() {
        Store store = memory();
        SupportPlan one = draft(new PlanId(UUID.fromString("00000000-0000-4000-8000-000000000001")), "One");
        SupportPlan two = ContractFixtures.version(new PlanId(UUID.fromString("00000000-0000-4000-8000-000000000002")), 2,
                PlanStatus.AGREED, "Two");
        SupportPlan three = draft(new PlanId(UUID.fromString("00000000-0000-4000-8000-000000000003")), "Three");
        store.plans().create(one, created(one));
        SupportPlan twoDraft = draft(two.id(), "Two");
        store.plans().create(twoDraft, created(twoDraft));
        store.plans().update(two.id(), Revision.FIRST, List.of(ContractFixtures.version(two.id(), 1, PlanStatus.REPLACED, "Two"), two),
                changed(twoDraft, two));
        store.plans().restore(List.of(three), new Revision(12));
        store.auditTrail().append(read(two, "CM-5"));
        return store;
    }

    private static String export(Store store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StoreTransfer.export(store, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static InputStream stream(String file) {
        return new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> without(List<String> lines, int index) {
        List<String> changed = new ArrayList<>(lines);
        changed.remove(index);
        return changed;
    }

    private static List<String> swapped(List<String> lines, int a, int b) {
        List<String> changed = new ArrayList<>(lines);
        changed.set(a, lines.get(b));
        changed.set(b, lines.get(a));
        return changed;
    }

    private static List<String> with(List<String> lines, int index, String line) {
        List<String> changed = new ArrayList<>(lines);
        changed.add(index, line);
        return changed;
    }

    /** A store that counts the pages asked of it. */
    private static class Paging implements Store {
        private final Store store;
        private final AtomicInteger idPages = new AtomicInteger();
        private final AtomicInteger entryPages = new AtomicInteger();
        private final AtomicInteger largestPage = new AtomicInteger();

        Paging(Store store) {
            this.store = store;
        }

        @Override
        public org.supportplan.application.port.out.ReviewRepository reviews() {
            return store.reviews();
        }

        @Override
        public org.supportplan.application.port.out.AccountRepository accounts() {
            return store.accounts();
        }

        @Override
        public PlanRepository plans() {
            PlanRepository plans = store.plans();
            return new PlanRepository() {
                @Override
                public void create(SupportPlan plan, AuditEvent event) {
                    plans.create(plan, event);
                }

                @Override
                public Update update(PlanId id, Revision basedOn, List<SupportPlan> versions, AuditEvent event) {
                    return plans.update(id, basedOn, versions, event);
                }

                @Override
                public Optional<StoredPlan> findById(PlanId id) {
                    return plans.findById(id);
                }

                @Override
                public Optional<SupportPlan> findVersion(PlanId id, int version) {
                    return plans.findVersion(id, version);
                }

                @Override
                public List<SupportPlan> history(PlanId id) {
                    return plans.history(id);
                }

                @Override
                public List<PlanId> ids(Optional<PlanId> after, int limit) {
                    idPages.incrementAndGet();
                    largestPage.accumulateAndGet(limit, Math::max);
                    return plans.ids(after, limit);
                }

                @Override
                public void restore(List<SupportPlan> history, Revision revision) {
                    plans.restore(history, revision);
                }
            };
        }

        @Override
        public AuditTrail auditTrail() {
            AuditTrail trail = store.auditTrail();
            return new AuditTrail() {
                @Override
                public AuditEntry append(AuditEvent event) {
                    return trail.append(event);
                }

                @Override
                public List<AuditEntry> entries(long from, int limit) {
                    entryPages.incrementAndGet();
                    largestPage.accumulateAndGet(limit, Math::max);
                    return trail.entries(from, limit);
                }

                @Override
                public void restore(AuditEntry entry) {
                    trail.restore(entry);
                }
            };
        }

        @Override
        public String description() {
            return store.description();
        }

        @Override
        public Map<String, String> info() {
            return store.info();
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
