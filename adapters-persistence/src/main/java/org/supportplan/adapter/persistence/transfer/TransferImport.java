package org.supportplan.adapter.persistence.transfer;

import static org.supportplan.adapter.persistence.transfer.StoreTransfer.JSON;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.supportplan.adapter.persistence.document.PlanDocuments;
import org.supportplan.adapter.persistence.document.RecordDocuments;
import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.port.out.AccountRepository;
import org.supportplan.application.port.out.Store;
import org.supportplan.domain.account.AccountId;
import org.supportplan.domain.account.DirectPaymentAccount;
import org.supportplan.domain.account.Transaction;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.review.Review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One import: the file's lines in order, each checked and written through the store's restore ports, and what
 * has been written so far, for the summary and for every message. A plan's records must follow its plan line,
 * and an account's follow its account line, in the order an export writes them; an account's transactions are
 * handed to one {@link AccountRepository.TransactionRestore} as they are read and committed when its last one
 * has passed.
 */
final class TransferImport {

    /** Where each record line may stand after its plan (or account) line: never before a kind of a lower rank. */
    private static final Map<String, Integer> RANK = Map.of(ExportLines.REVIEW, 1, ExportLines.REVIEW_REQUEST, 2,
            ExportLines.AGREED_INTERVAL, 3, ExportLines.ACCOUNT, 4, ExportLines.TRANSACTION_IMPORT, 5, ExportLines.TRANSACTION, 6,
            ExportLines.AUDIT_REPORT, 7);
    private static final String ORDER = "an export holds each plan's reviews, review requests, agreed interval and accounts, "
            + "and each account's imports, transactions and audit reports, in that order";

    private final Store into;
    private final PlanLines plans = new PlanLines(new PlanDocuments());
    private final RecordLines records = new RecordLines(new RecordDocuments());
    private final ChainCheck chain = new ChainCheck();
    private final Tally written = new Tally();
    private long line;
    private int format;
    private PlanId plan;
    private AccountId account;
    private int rank;
    private String lastType;
    private AccountRepository.TransactionRestore restoring;
    private long restoringFrom;
    private long restoringCount;

    TransferImport(Store into) {
        this.into = into;
    }

    TransferSummary run(LineReader reader) {
        try {
            readHeader(reader);
            JsonNode end = null;
            JsonNode node;
            while ((node = next(reader)) != null) {
                if (end != null) {
                    throw refused("there is a line after the end line", null);
                }
                String type = node.path("type").asText("");
                if (!type.equals(ExportLines.TRANSACTION)) {
                    finishTransactions();
                }
                switch (type) {
                    case ExportLines.PLAN -> importPlan(parse(node, ExportLines.Plan.class));
                    case ExportLines.REVIEW, ExportLines.REVIEW_REQUEST, ExportLines.AGREED_INTERVAL, ExportLines.ACCOUNT,
                         ExportLines.TRANSACTION_IMPORT, ExportLines.TRANSACTION, ExportLines.AUDIT_REPORT -> importRecord(type, node);
                    case ExportLines.AUDIT -> importEntry(parse(node, ExportLines.Audit.class));
                    case ExportLines.END -> end = node;
                    default -> throw refused("'" + type + "' is not a line type of a format " + format + " export (" + types() + ")", null);
                }
                lastType = type;
            }
            if (end == null) {
                throw refused("the file ends without its end line: it was cut short", null);
            }
            checkEnd(end);
            return written.summary(chain);
        } finally {
            if (restoring != null) {
                restoring.close();
            }
        }
    }

    private void readHeader(LineReader reader) {
        JsonNode header = next(reader);
        if (header == null || !ExportLines.HEADER.equals(header.path("type").asText(null))) {
            throw refused("it does not start with a supportplan export header: is it an export?", null);
        }
        JsonNode number = header.path("format");
        format = number.isInt() ? number.intValue() : -1;
        if (format == StoreTransfer.FORMAT_1) {
            requireDocuments(parse(header, ExportLines.HeaderV1.class).contentFormat(), RecordDocuments.FORMAT);
        } else if (format == StoreTransfer.FORMAT) {
            ExportLines.Header parsed = parse(header, ExportLines.Header.class);
            requireDocuments(parsed.contentFormat(), parsed.recordFormat());
        } else {
            throw refused("it is an export of format " + number + ", but this supportplan reads formats " + StoreTransfer.FORMAT_1
                    + " and " + StoreTransfer.FORMAT + "; import it with the release that exported it", null);
        }
    }

    private void requireDocuments(int contentFormat, int recordFormat) {
        if (contentFormat != PlanDocuments.FORMAT || recordFormat != RecordDocuments.FORMAT) {
            throw refused("it is an export of format " + format + " with plan documents of format " + contentFormat
                    + " and record documents of format " + recordFormat + ", but this supportplan reads plan documents of format "
                    + PlanDocuments.FORMAT + " and record documents of format " + RecordDocuments.FORMAT
                    + "; import it with the release that exported it", null);
        }
    }

    private String types() {
        return format == StoreTransfer.FORMAT_1 ? "header, plan, audit, end"
                : "header, plan, review, reviewRequest, agreedInterval, account, transactionImport, transaction, auditReport, audit, end";
    }

    private void checkEnd(JsonNode node) {
        Map<String, Long> held = written.byName(chain.entries());
        Map<String, Long> counted;
        if (format == StoreTransfer.FORMAT_1) {
            ExportLines.EndV1 end = parse(node, ExportLines.EndV1.class);
            counted = new Tally().byName(end.auditEntries());
            counted.put("plans", end.plans());
            counted.put("planVersions", end.planVersions());
        } else {
            ExportLines.End end = parse(node, ExportLines.End.class);
            Tally tally = new Tally();
            tally.plans = end.plans();
            tally.planVersions = end.planVersions();
            tally.reviews = end.reviews();
            tally.reviewRequests = end.reviewRequests();
            tally.agreedIntervals = end.agreedIntervals();
            tally.accounts = end.accounts();
            tally.transactionImports = end.transactionImports();
            tally.transactions = end.transactions();
            tally.auditReports = end.auditReports();
            counted = tally.byName(end.auditEntries());
        }
        List<String> differences = new ArrayList<>();
        counted.forEach((kind, count) -> {
            if (!count.equals(held.get(kind))) {
                differences.add(count + " " + kind + " where the file holds " + held.get(kind));
            }
        });
        if (!differences.isEmpty()) {
            throw refused("the end line counts " + String.join(", ", differences), null);
        }
    }

    private void importPlan(ExportLines.Plan planLine) {
        if (chain.entries() > 0) {
            throw refused("a plan comes after audit entries; an export holds every plan before the trail", null);
        }
        StoreTransfer.PlanHistory history;
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
        written.plans++;
        written.planVersions += history.versions().size();
        plan = history.versions().get(0).id();
        account = null;
        rank = 0;
    }

    private void importRecord(String type, JsonNode node) {
        if (format == StoreTransfer.FORMAT_1) {
            throw refused("'" + type + "' is not a line type of a format 1 export (" + types() + ")", null);
        }
        if (chain.entries() > 0) {
            throw refused("the " + type + " line comes after audit entries; an export holds every plan and its records before the trail",
                    null);
        }
        int own = RANK.get(type);
        boolean ofAccount = own > RANK.get(ExportLines.ACCOUNT);
        if (plan == null || (ofAccount && account == null)) {
            throw refused("the " + type + " line comes before any " + (ofAccount ? "account" : "plan") + " line; " + ORDER, null);
        }
        // An account line starts its account's run of lines, so it may follow another account's.
        if (!type.equals(ExportLines.ACCOUNT) && (own < rank || (own == rank && type.equals(ExportLines.AGREED_INTERVAL)))) {
            throw refused("the " + type + " line stands after the " + lastType + " line of the same " + (ofAccount ? "account" : "plan")
                    + "; " + ORDER + (type.equals(ExportLines.AGREED_INTERVAL) ? ", and a plan has one agreed interval at most" : ""),
                    null);
        }
        switch (type) {
            case ExportLines.REVIEW -> importReview(parse(node, ExportLines.Review.class));
            case ExportLines.REVIEW_REQUEST -> {
                ExportLines.ReviewRequest request = parse(node, ExportLines.ReviewRequest.class);
                requirePlan(type, request.plan());
                var read = read(() -> records.request(request), "the review request");
                write(() -> into.reviews().restore(plan, read), "the review request");
                written.reviewRequests++;
            }
            case ExportLines.AGREED_INTERVAL -> {
                ExportLines.AgreedInterval interval = parse(node, ExportLines.AgreedInterval.class);
                requirePlan(type, interval.plan());
                var read = read(() -> records.interval(interval), "the agreed interval");
                write(() -> into.reviews().restore(plan, read), "the agreed interval");
                written.agreedIntervals++;
            }
            case ExportLines.ACCOUNT -> importAccount(parse(node, ExportLines.Account.class));
            case ExportLines.TRANSACTION_IMPORT -> {
                ExportLines.TransactionImport record = parse(node, ExportLines.TransactionImport.class);
                requireAccount(type, record.account());
                var read = read(() -> RecordLines.importRecord(record), "the transaction import");
                write(() -> into.accounts().restore(read), "the import of file " + read.fileSha256());
                written.transactionImports++;
            }
            case ExportLines.TRANSACTION -> importTransaction(parse(node, ExportLines.Transaction.class));
            default -> {
                ExportLines.AuditReport report = parse(node, ExportLines.AuditReport.class);
                requireAccount(type, report.account());
                var read = read(() -> records.report(report), "audit report " + report.id());
                write(() -> into.accounts().restore(read), "audit report " + report.id());
                written.auditReports++;
            }
        }
        rank = own;
    }

    private void importReview(ExportLines.Review review) {
        requirePlan(ExportLines.REVIEW, review.plan());
        Review read = read(() -> records.review(review), "the review");
        write(() -> into.reviews().restore(read), "review " + read.id());
        written.reviews++;
    }

    private void importAccount(ExportLines.Account accountLine) {
        requirePlan(ExportLines.ACCOUNT, accountLine.plan());
        DirectPaymentAccount read = read(() -> records.account(accountLine), "the account");
        write(() -> into.accounts().restore(read), "account " + read.id());
        written.accounts++;
        account = read.id();
    }

    private void importTransaction(ExportLines.Transaction transaction) {
        requireAccount(ExportLines.TRANSACTION, transaction.account());
        Transaction read = read(() -> RecordLines.transaction(transaction), "transaction " + (restoringCount + 1) + " of account "
                + account);
        if (restoring == null) {
            restoring = store(() -> into.accounts().restoreTransactions(account), "the transactions of account " + account);
            restoringFrom = line;
            restoringCount = 0;
        }
        AccountRepository.TransactionRestore open = restoring;
        write(() -> open.add(read), "transaction " + (restoringCount + 1) + " of account " + account);
        restoringCount++;
    }

    /** Commits the transactions handed to the store since the account's first transaction line, if any. */
    private void finishTransactions() {
        if (restoring == null) {
            return;
        }
        AccountRepository.TransactionRestore open = restoring;
        restoring = null;
        try (open) {
            written.transactions += store(open::commit, "the " + restoringCount + " transactions of account " + account + " (lines "
                    + restoringFrom + " to " + (restoringFrom + restoringCount - 1) + ")");
        }
    }

    private void requirePlan(String type, String named) {
        if (!plan.toString().equals(named)) {
            throw refused("the " + type + " line names plan " + named + ", but follows plan " + plan + "; " + ORDER, null);
        }
    }

    private void requireAccount(String type, String named) {
        if (!account.toString().equals(named)) {
            throw refused("the " + type + " line names account " + named + ", but follows account " + account + "; " + ORDER, null);
        }
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
        plan = null;
        account = null;
    }

    /** A value read from a line, or the refusal naming the line and {@code what} could not be read. */
    private <T> T read(Supplier<T> reading, String what) {
        try {
            return reading.get();
        } catch (RuntimeException e) {
            throw refused(what + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Runs a write of the store, or fails naming the line and what the store did not take. */
    private <T> T store(Supplier<T> writing, String what) {
        try {
            return writing.get();
        } catch (RuntimeException e) {
            throw failed("the store did not take " + what + ": " + e.getMessage(), e);
        }
    }

    private void write(Runnable writing, String what) {
        store(() -> {
            writing.run();
            return null;
        }, what);
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
        String pending = restoring == null ? "" : " The " + restoringCount + " transactions of account " + account
                + " read so far were not stored.";
        return (written.isEmpty(chain.entries()) ? "Nothing was imported into " + into.description() + "."
                : written.describe(chain.entries()) + " were imported into " + into.description()
                        + " before this, and stay there: import the whole export again into a new, empty store.") + pending;
    }
}
