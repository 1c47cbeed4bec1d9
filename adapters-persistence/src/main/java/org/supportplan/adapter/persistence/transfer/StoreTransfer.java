package org.supportplan.adapter.persistence.transfer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.supportplan.adapter.persistence.document.PlanDocuments;
import org.supportplan.adapter.persistence.document.RecordDocuments;
import org.supportplan.application.audit.Actor;
import org.supportplan.application.audit.AuditAction;
import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.StoredPlan;
import org.supportplan.application.port.out.AccountRepository;
import org.supportplan.application.port.out.ReviewRepository;
import org.supportplan.application.port.out.Store;
import org.supportplan.domain.account.DirectPaymentAccount;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.review.Review;
import org.supportplan.domain.review.ReviewRequest;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Copies a whole store, of any kind, to a file and back, so that a council can move from one store to
 * another (SQLite to PostgreSQL, say) without losing anything: every plan with every version and its
 * revision; each plan's reviews, review requests and agreed interval; its direct-payment accounts with their
 * monitoring, imports, transactions and audit reports; and the audit trail entry by entry exactly as stored,
 * hashes included (docs/adr/0012, docs/adr/0020).
 *
 * <p>The file is JSON lines in UTF-8: a header; each plan's line followed by its records' lines; one line per
 * audit entry in order; and an end line with the counts. Both directions stream through the store's ports a
 * page, a plan or a transaction at a time, so neither ever holds the whole store, nor one account's
 * transactions. Export from a store nothing is writing to (stop the service first): a plan that changes while
 * it is read stops the export, and so do counts that differ from what the store says it holds.
 *
 * <p>An import goes only into an empty store. It writes each plan, each record and then each entry in a
 * transaction of its own (the ports have no larger one), and an account's transactions in one, so an import that
 * fails part-way (a damaged or cut-short file, a store failing) leaves what came before the fault in place and
 * says how much. The store is then not empty, so a second import refuses it: make a new, empty store and import
 * the whole file again. Files of format 1 (plans and the trail only) are still read.
 */
public final class StoreTransfer {

    /** The export format this class writes. */
    public static final int FORMAT = 2;

    /** The earlier format this class still reads: plans and the audit trail only. */
    public static final int FORMAT_1 = 1;

    /** Plans and audit entries read from a store per page. */
    static final int PAGE = 500;

    /**
     * The period an export asks each account's transactions for: every date a store keeps as ISO-8601 text with a
     * four-digit year. The counts check at the end of an export catches a store holding any other.
     */
    static final LocalDate FIRST_DAY = LocalDate.of(0, 1, 1);
    /** The last day of that period. */
    static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    /** How often a plan that changes between two reads is read again before the export gives up. */
    private static final int ATTEMPTS = 3;

    /** The counts of {@code Store.info()} that an export checks it has written all of, where a store gives them. */
    private static final List<String> CHECKED = List.of("plans", "planVersions", "reviews", "accounts", "transactions",
            "auditReports");

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Integer, number -> number
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private StoreTransfer() {
    }

    /**
     * Writes everything in {@code from} to {@code out} (which is flushed, not closed).
     *
     * @return what was written, and whether the trail written is intact
     * @throws IllegalStateException when a plan keeps changing while it is read, what was written differs from what
     *         the store says it holds (the file then has no end line, so it cannot be imported), or the store fails
     * @throws UncheckedIOException when {@code out} cannot be written
     */
    public static TransferSummary export(Store from, OutputStream out) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(out, "out");
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            TransferSummary summary = new Export(from, writer).run();
            writer.flush();
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException("the export could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * Reads an export into {@code into}, which must be empty, exactly as exported.
     *
     * @return what was imported, and whether the imported trail is intact
     * @throws IllegalStateException when {@code into} is not empty (nothing is written), or it fails or
     *         refuses a write part-way (the message says what was written before)
     * @throws TransferException when the file is not an export this class reads, or is damaged or cut short
     *         (the message names the line and says what was written before it)
     * @throws UncheckedIOException when {@code in} cannot be read
     */
    public static TransferSummary importInto(Store into, InputStream in) {
        Objects.requireNonNull(into, "into");
        Objects.requireNonNull(in, "in");
        requireEmpty(into);
        return new TransferImport(into).run(new LineReader(in));
    }

    /**
     * As {@link #importInto(Store, InputStream)}, then records in the trail, after the imported entries,
     * that {@code importer} imported each plan ({@link AuditAction#PLAN_IMPORTED} at the plan's latest
     * version, at {@code clock}'s time), so the trail shows the move itself.
     */
    public static TransferSummary importInto(Store into, InputStream in, Actor importer, Clock clock) {
        Objects.requireNonNull(importer, "importer");
        Objects.requireNonNull(clock, "clock");
        TransferSummary summary = importInto(into, in);
        Optional<PlanId> after = Optional.empty();
        List<PlanId> page;
        do {
            page = into.plans().ids(after, PAGE);
            for (PlanId id : page) {
                SupportPlan latest = into.plans().findById(id).orElseThrow(() ->
                        new IllegalStateException("plan " + id + " vanished from " + into.description() + " during the import")).plan();
                into.auditTrail().append(new AuditEvent(clock.instant(), importer, AuditAction.PLAN_IMPORTED, id, latest.person(),
                        null, AuditEvent.VersionState.of(latest)));
            }
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1));
        } while (page.size() == PAGE);
        return summary;
    }

    private static void requireEmpty(Store into) {
        if (!into.plans().ids(Optional.empty(), 1).isEmpty() || !into.auditTrail().entries(1, 1).isEmpty()) {
            Object plans = into.info().getOrDefault("plans", "some");
            Object entries = into.info().getOrDefault("auditEntries", "some");
            throw new IllegalStateException("the store " + into.description() + " is not empty (" + plans + " plans, " + entries
                    + " audit entries): an export is imported only into a new, empty store, so that nothing in it is "
                    + "mixed with or overwritten by the import. Nothing was written");
        }
    }

    static void write(Writer writer, Object line) throws IOException {
        writer.write(JSON.writeValueAsString(line));
        writer.write('\n');
    }

    /** A plan's versions, oldest first, and its revision. */
    record PlanHistory(List<SupportPlan> versions, Revision revision) {
    }

    /** One export: the store's contents in file order, counted as they pass. */
    private static final class Export {

        private final Store from;
        private final Writer writer;
        private final PlanLines plans = new PlanLines(new PlanDocuments());
        private final RecordLines records = new RecordLines(new RecordDocuments());
        private final Tally tally = new Tally();

        Export(Store from, Writer writer) {
            this.from = from;
            this.writer = writer;
        }

        TransferSummary run() throws IOException {
            write(writer, new ExportLines.Header(ExportLines.HEADER, FORMAT, PlanDocuments.FORMAT, RecordDocuments.FORMAT));
            Optional<PlanId> after = Optional.empty();
            List<PlanId> page;
            do {
                page = from.plans().ids(after, PAGE);
                for (PlanId id : page) {
                    ExportLines.Plan line = plans.toLine(id, consistentHistory(id));
                    write(writer, line);
                    tally.plans++;
                    tally.planVersions += line.versions().size();
                    reviewsOf(id);
                    for (DirectPaymentAccount account : from.accounts().ofPlan(id)) {
                        account(account);
                    }
                }
                after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1));
            } while (page.size() == PAGE);
            ChainCheck chain = new ChainCheck();
            long next = 1;
            List<AuditEntry> entries;
            do {
                // From the last sequence read, not the count: a damaged trail with a gap is exported (and reported) once.
                entries = from.auditTrail().entries(next, PAGE);
                for (AuditEntry entry : entries) {
                    write(writer, AuditLines.toLine(entry));
                    chain.accept(entry);
                    next = entry.sequence() + 1;
                }
            } while (entries.size() == PAGE);
            requireEverythingWritten(chain.entries());
            write(writer, tally.end(chain.entries()));
            return tally.summary(chain);
        }

        private void reviewsOf(PlanId id) throws IOException {
            ReviewRepository reviews = from.reviews();
            for (Review review : reviews.reviews(id)) {
                write(writer, records.toLine(review));
                tally.reviews++;
            }
            for (ReviewRequest request : reviews.requests(id)) {
                write(writer, records.toLine(id, request));
                tally.reviewRequests++;
            }
            var interval = reviews.agreedInterval(id);
            if (interval.isPresent()) {
                write(writer, records.toLine(id, interval.get()));
                tally.agreedIntervals++;
            }
        }

        private void account(DirectPaymentAccount account) throws IOException {
            AccountRepository accounts = from.accounts();
            write(writer, records.toLine(account));
            tally.accounts++;
            for (AccountRepository.ImportRecord record : accounts.imports(account.id())) {
                write(writer, RecordLines.toLine(record));
                tally.transactionImports++;
            }
            try {
                // Each row goes straight to the file as the store hands it out: an account may hold millions.
                accounts.transactions(account.id(), FIRST_DAY, LAST_DAY, transaction -> {
                    try {
                        write(writer, RecordLines.toLine(account.id(), transaction));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    tally.transactions++;
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            for (AccountRepository.StoredReport report : accounts.reports(account.id())) {
                write(writer, records.toLine(report));
                tally.auditReports++;
            }
        }

        /** The plan's revision and history as of one moment: read again if it changes in between. */
        private PlanHistory consistentHistory(PlanId id) {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                Optional<StoredPlan> latest = from.plans().findById(id);
                List<SupportPlan> history = from.plans().history(id);
                Optional<StoredPlan> after = from.plans().findById(id);
                if (latest.isPresent() && latest.equals(after) && !history.isEmpty()
                        && history.get(history.size() - 1).equals(latest.get().plan())) {
                    return new PlanHistory(history, latest.get().revision());
                }
            }
            throw new IllegalStateException("plan " + id + " changed while it was exported from " + from.description()
                    + "; stop everything that writes to the store (the service) and export again");
        }

        /**
         * Compares what was written with what the store says it holds, before the end line: a move must not leave
         * anything behind silently, and without its end line the file cannot be imported.
         */
        private void requireEverythingWritten(long auditEntries) {
            Map<String, String> info = from.info();
            Map<String, Long> written = tally.byName(auditEntries);
            List<String> differences = new ArrayList<>();
            for (String kind : CHECKED) {
                String held = info.get(kind);
                if (held != null && !held.equals(Long.toString(written.get(kind)))) {
                    differences.add(held + " " + kind + " held, " + written.get(kind) + " written");
                }
            }
            if (!differences.isEmpty()) {
                throw new IllegalStateException("the export of " + from.description() + " is incomplete (" + String.join("; ", differences)
                        + "): the store changed while it was read, or holds records its plans do not lead to. The file has no end "
                        + "line, so it cannot be imported; stop everything that writes to the store and export again");
            }
        }
    }
}
