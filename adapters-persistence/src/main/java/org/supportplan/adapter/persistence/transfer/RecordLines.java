package org.supportplan.adapter.persistence.transfer;

import static org.supportplan.adapter.persistence.transfer.PlanLines.required;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.supportplan.adapter.persistence.document.RecordDocuments;
import org.supportplan.application.port.out.AccountRepository.ImportCounts;
import org.supportplan.application.port.out.AccountRepository.ImportRecord;
import org.supportplan.application.port.out.AccountRepository.ReportId;
import org.supportplan.application.port.out.AccountRepository.StoredReport;
import org.supportplan.domain.account.AccountId;
import org.supportplan.domain.account.AuditReport;
import org.supportplan.domain.account.DirectPaymentAccount;
import org.supportplan.domain.account.Transaction;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.review.AgreedInterval;
import org.supportplan.domain.review.Review;
import org.supportplan.domain.review.ReviewRequest;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * Converts reviews, requests, intervals, accounts, imports, transactions and audit reports to their export lines
 * and back. The records travel as their stored documents ({@link RecordDocuments}), read back through the
 * domain's validating constructors; transactions, the one kind there may be millions of, are flat lines.
 * Reading refuses, with the field's name, a line whose record names another plan or account than the line.
 */
final class RecordLines {

    private final RecordDocuments documents;

    RecordLines(RecordDocuments documents) {
        this.documents = documents;
    }

    ExportLines.Review toLine(Review review) {
        return new ExportLines.Review(ExportLines.REVIEW, review.plan().toString(), documents.tree(documents.write(review)));
    }

    ExportLines.ReviewRequest toLine(PlanId plan, ReviewRequest request) {
        return new ExportLines.ReviewRequest(ExportLines.REVIEW_REQUEST, plan.toString(), documents.tree(documents.write(request)));
    }

    ExportLines.AgreedInterval toLine(PlanId plan, AgreedInterval interval) {
        return new ExportLines.AgreedInterval(ExportLines.AGREED_INTERVAL, plan.toString(), documents.tree(documents.write(interval)));
    }

    ExportLines.Account toLine(DirectPaymentAccount account) {
        return new ExportLines.Account(ExportLines.ACCOUNT, account.plan().toString(), documents.tree(documents.write(account)));
    }

    static ExportLines.TransactionImport toLine(ImportRecord record) {
        return new ExportLines.TransactionImport(ExportLines.TRANSACTION_IMPORT, record.account().toString(), record.fileSha256(),
                record.at().toString(), record.counts().rows(), record.counts().accepted(), record.counts().rejected());
    }

    static ExportLines.Transaction toLine(AccountId account, Transaction transaction) {
        return new ExportLines.Transaction(ExportLines.TRANSACTION, account.toString(), transaction.line(), transaction.reference(),
                transaction.date().toString(), transaction.payee(), transaction.amount().format(), transaction.category().code(),
                transaction.description());
    }

    ExportLines.AuditReport toLine(StoredReport report) {
        return new ExportLines.AuditReport(ExportLines.AUDIT_REPORT, report.report().account().toString(), report.id().toString(),
                report.at().toString(), documents.tree(documents.write(report.report())));
    }

    /** @throws RuntimeException naming the field that breaks a rule */
    Review review(ExportLines.Review line) {
        PlanId plan = field("plan", () -> PlanId.parse(required(line.plan(), "plan")));
        Review review = documents.read(line.review(), Review.class);
        return sameParent(review, review.plan(), plan, "review.plan", "plan");
    }

    /** @throws RuntimeException naming the field that breaks a rule */
    ReviewRequest request(ExportLines.ReviewRequest line) {
        return documents.read(line.request(), ReviewRequest.class);
    }

    /** @throws RuntimeException naming the field that breaks a rule */
    AgreedInterval interval(ExportLines.AgreedInterval line) {
        return documents.read(line.interval(), AgreedInterval.class);
    }

    /** @throws RuntimeException naming the field that breaks a rule */
    DirectPaymentAccount account(ExportLines.Account line) {
        PlanId plan = field("plan", () -> PlanId.parse(required(line.plan(), "plan")));
        DirectPaymentAccount account = documents.read(line.account(), DirectPaymentAccount.class);
        return sameParent(account, account.plan(), plan, "account.plan", "plan");
    }

    /** @throws RuntimeException naming the field that breaks a rule */
    static ImportRecord importRecord(ExportLines.TransactionImport line) {
        for (Map.Entry<String, Long> count : Map.of("rows", line.rows(), "accepted", line.accepted(), "rejected", line.rejected())
                .entrySet()) {
            if (count.getValue() < 0) {
                throw new IllegalArgumentException(count.getKey() + " is " + count.getValue() + ", but a count of rows is 0 or more");
            }
        }
        return new ImportRecord(field("account", () -> AccountId.of(required(line.account(), "account"))),
                required(line.fileSha256(), "fileSha256"), field("at", () -> Instant.parse(required(line.at(), "at"))),
                new ImportCounts(line.rows(), line.accepted(), line.rejected()));
    }

    /** @throws RuntimeException naming the field that breaks a rule */
    static Transaction transaction(ExportLines.Transaction line) {
        LocalDate date = field("date", () -> LocalDate.parse(required(line.date(), "date")));
        Money amount = field("amount", () -> Money.parse(required(line.amount(), "amount")));
        SpendCategory category = field("category", () -> SpendCategory.of(required(line.category(), "category")));
        String payee = required(line.payee(), "payee");
        String description = required(line.description(), "description");
        return field(null, () -> new Transaction(line.line(), line.reference(), date, payee, amount, category, description));
    }

    /**
     * {@code value}, or an {@link IllegalArgumentException} naming {@code name} (or the field a domain rule names, when
     * {@code name} is null) and the rule that refused it.
     */
    private static <T> T field(String name, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException e) {
            throw new IllegalArgumentException((name == null ? e.field() : name) + " breaks rule " + e.ruleId() + ": "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            throw new IllegalArgumentException(name == null || message.startsWith(name + " ") ? message : name + ": " + message, e);
        }
    }

    /** @throws RuntimeException naming the field that breaks a rule */
    StoredReport report(ExportLines.AuditReport line) {
        AccountId account = field("account", () -> AccountId.of(required(line.account(), "account")));
        ReportId id = field("id", () -> new ReportId(UUID.fromString(required(line.id(), "id"))));
        Instant at = field("at", () -> Instant.parse(required(line.at(), "at")));
        AuditReport report = documents.read(line.report(), AuditReport.class);
        sameParent(report, report.account(), account, "report.account", "account");
        return new StoredReport(id, at, report);
    }

    private static <T> T sameParent(T record, Object named, Object expected, String field, String lineField) {
        if (!named.equals(expected)) {
            throw new IllegalArgumentException(field + " is " + named + " but the line's " + lineField + " is " + expected
                    + "; they must be the same");
        }
        return record;
    }
}
