package org.supportplan.adapter.persistence.transfer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.supportplan.adapter.persistence.document.PlanDocuments;
import org.supportplan.application.audit.Actor;
import org.supportplan.application.audit.AuditAction;
import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.StoredPlan;
import org.supportplan.application.port.out.Store;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Copies a whole store, of any kind, to a file and back, so that a council can move from one store to
 * another (SQLite to PostgreSQL, say) without losing anything: every plan with every version and its
 * revision, and the audit trail entry by entry exactly as stored, hashes included (docs/adr/0012).
 *
 * <p>The file is JSON lines in UTF-8: a header, one line per plan, one line per audit entry in order, and an
 * end line with the counts. Both directions stream a page at a time through the store's ports, so neither
 * ever holds the whole store. Export from a store nothing is writing to (stop the service first): a plan
 * that changes while it is read stops the export.
 *
 * <p>An import goes only into an empty store. It writes each plan, then each entry, in a transaction of
 * its own (the ports have no larger one), so an import that fails part-way (a damaged or cut-short file, a
 * store failing) leaves the plans and entries before the fault in place and says how many. The store is
 * then not empty, so a second import refuses it: make a new, empty store and import the whole file again.
 */
public final class StoreTransfer {

    /** The export format this class writes and reads. */
    public static final int FORMAT = 1;

    /** Plans and audit entries read from a store per page. */
    static final int PAGE = 500;

    /** How often a plan that changes between two reads is read again before the export gives up. */
    private static final int ATTEMPTS = 3;

    private static final ObjectMapper JSON = JsonMapper.builder()
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
     * @throws IllegalStateException when a plan keeps changing while it is read, or the store fails
     * @throws UncheckedIOException when {@code out} cannot be written
     */
    public static TransferSummary export(Store from, OutputStream out) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(out, "out");
        requireOnlyPlansAndTrail(from);
        PlanLines plans = new PlanLines(new PlanDocuments());
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            write(writer, new ExportLines.Header(ExportLines.HEADER, FORMAT, PlanDocuments.FORMAT));
            long planCount = 0;
            long versionCount = 0;
            Optional<PlanId> after = Optional.empty();
            List<PlanId> page;
            do {
                page = from.plans().ids(after, PAGE);
                for (PlanId id : page) {
                    ExportLines.Plan line = plans.toLine(id, consistentHistory(from, id));
                    write(writer, line);
                    planCount++;
                    versionCount += line.versions().size();
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
            write(writer, new ExportLines.End(ExportLines.END, planCount, versionCount, chain.entries()));
            writer.flush();
            return new TransferSummary(planCount, versionCount, chain.entries(), chain.result());
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
        return new Import(into).run(new LineReader(in));
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

    /** What format 1 does not carry yet: refusing is better than a move that silently leaves them behind. */
    private static final List<String> NOT_CARRIED = List.of("reviews", "accounts", "transactions", "auditReports");

    private static void requireOnlyPlansAndTrail(Store from) {
        Map<String, String> info = from.info();
        List<String> held = NOT_CARRIED.stream().filter(kind -> !"0".equals(info.getOrDefault(kind, "0")))
                .map(kind -> info.get(kind) + " " + kind).toList();
        if (!held.isEmpty()) {
            throw new IllegalStateException("the store " + from.description() + " holds " + String.join(", ", held)
                    + ", which export format " + FORMAT + " does not carry (it carries plans, their versions and the audit "
                    + "trail); nothing was exported, so nothing can be left behind by a move");
        }
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

    /** The plan's revision and history as of one moment: read again if it changes in between. */
    private static PlanHistory consistentHistory(Store from, PlanId id) {
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

    private static void write(Writer writer, Object line) throws IOException {
        writer.write(JSON.writeValueAsString(line));
        writer.write('\n');
    }

    /** A plan's versions, oldest first, and its revision. */
    record PlanHistory(List<SupportPlan> versions, Revision revision) {
    }

    /** One import: the file's lines in order, and what has been written so far. */
    private static final class Import {

        private final Store into;
        private final PlanLines plans = new PlanLines(new PlanDocuments());
        private final ChainCheck chain = new ChainCheck();
        private long line;
        private long planCount;
        private long versionCount;

        Import(Store into) {
            this.into = into;
        }

        TransferSummary run(LineReader reader) {
            JsonNode header = next(reader);
            if (header == null || !ExportLines.HEADER.equals(header.path("type").asText(null))) {
                throw refused("it does not start with a supportplan export header: is it an export?", null);
            }
            ExportLines.Header parsed = parse(header, ExportLines.Header.class);
            if (parsed.format() != FORMAT || parsed.contentFormat() != PlanDocuments.FORMAT) {
                throw refused("it is an export of format " + parsed.format() + " with plan documents of format "
                        + parsed.contentFormat() + ", but this supportplan reads format " + FORMAT + " with documents of format "
                        + PlanDocuments.FORMAT + "; import it with the release that exported it", null);
            }
            ExportLines.End end = null;
            JsonNode node;
            while ((node = next(reader)) != null) {
                if (end != null) {
                    throw refused("there is a line after the end line", null);
                }
                String type = node.path("type").asText("");
                switch (type) {
                    case ExportLines.PLAN -> importPlan(parse(node, ExportLines.Plan.class));
                    case ExportLines.AUDIT -> importEntry(parse(node, ExportLines.Audit.class));
                    case ExportLines.END -> end = parse(node, ExportLines.End.class);
                    default -> throw refused("'" + type + "' is not a line type of an export (header, plan, audit, end)", null);
                }
            }
            if (end == null) {
                throw refused("the file ends without its end line: it was cut short", null);
            }
            if (end.plans() != planCount || end.planVersions() != versionCount || end.auditEntries() != chain.entries()) {
                throw refused("the end line counts " + end.plans() + " plans, " + end.planVersions() + " versions and "
                        + end.auditEntries() + " audit entries, but the file holds " + planCount + ", " + versionCount + " and "
                        + chain.entries(), null);
            }
            return new TransferSummary(planCount, versionCount, chain.entries(), chain.result());
        }

        private void importPlan(ExportLines.Plan planLine) {
            if (chain.entries() > 0) {
                throw refused("a plan comes after audit entries; an export holds every plan before the trail", null);
            }
            PlanHistory history;
            try {
                history = plans.fromLine(planLine);
            } catch (RuntimeException e) {
                throw refused("plan " + planLine.id() + " cannot be read: " + e.getMessage(), e);
            }
            try {
                into.plans().restore(history.versions(), history.revision());
            } catch (RuntimeException e) {
                throw failed("the store did not take plan " + planLine.id() + ": " + e.getMessage(), e);
            }
            planCount++;
            versionCount += history.versions().size();
        }

        private void importEntry(ExportLines.Audit auditLine) {
            AuditEntry entry;
            try {
                entry = AuditLines.fromLine(auditLine);
            } catch (RuntimeException e) {
                throw refused("audit entry " + auditLine.sequence() + " cannot be read: " + e.getMessage(), e);
            }
            // A gap or a broken link is the file's fault: say so before the store refuses it.
            if (entry.sequence() != chain.entries() + 1) {
                throw refused("audit entry " + entry.sequence() + " stands where entry " + (chain.entries() + 1)
                        + " belongs: entries are missing or out of order", null);
            }
            if (!entry.previousHash().equals(chain.lastHash())) {
                throw refused("audit entry " + entry.sequence() + " does not follow entry " + chain.entries()
                        + ": it names another previous hash, so an entry before it is not the one exported", null);
            }
            try {
                into.auditTrail().restore(entry);
            } catch (RuntimeException e) {
                throw failed("the store did not take audit entry " + entry.sequence() + ": " + e.getMessage(), e);
            }
            chain.accept(entry);
        }

        /** The next non-blank line as a JSON tree, or null at the end of the file. */
        private JsonNode next(LineReader reader) {
            try {
                String text;
                do {
                    line++;
                    text = reader.next();
                } while (text != null && text.isBlank());
                return text == null ? null : JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw refused("it is not a JSON object: " + e.getOriginalMessage(), e);
            } catch (CharacterCodingException e) {
                throw refused("it is not UTF-8 text", e);
            } catch (IOException e) {
                throw new UncheckedIOException("the export could not be read after line " + (line - 1) + ": " + e.getMessage()
                        + ". " + written(), e);
            }
        }

        private <T> T parse(JsonNode node, Class<T> type) {
            try {
                return JSON.treeToValue(node, type);
            } catch (JsonProcessingException e) {
                throw refused("it is not a well-formed " + node.path("type").asText("") + " line: " + e.getOriginalMessage(), e);
            }
        }

        private TransferException refused(String why, Throwable cause) {
            return new TransferException(line, "line " + line + " of the export: " + why + ". " + written(), cause);
        }

        private IllegalStateException failed(String why, Throwable cause) {
            return new IllegalStateException("line " + line + " of the export: " + why + ". " + written(), cause);
        }

        private String written() {
            return planCount == 0 && chain.entries() == 0 ? "Nothing was imported into " + into.description() + "."
                    : planCount + " plans and " + chain.entries() + " audit entries were imported into " + into.description()
                            + " before this, and stay there: import the whole export again into a new, empty store.";
        }
    }
}
