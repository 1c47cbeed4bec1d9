package org.supportplan.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.supportplan.application.audit.AuditEvent;
import org.supportplan.domain.account.AccountId;
import org.supportplan.domain.account.AuditReport;
import org.supportplan.domain.account.DirectPaymentAccount;
import org.supportplan.domain.account.Transaction;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.PlanId;

/**
 * Out-port: direct-payment accounts, their imported transactions and their audit reports. Every write
 * appends its audit event in the same transaction. Transactions are streamed, never loaded all at once:
 * an account may hold a million rows.
 */
public interface AccountRepository {

    /**
     * Opens {@code account} and appends {@code event}.
     *
     * @throws IllegalStateException if an account with this id exists (nothing is written)
     */
    void open(DirectPaymentAccount account, AuditEvent event);

    /** Replaces a stored account's monitoring assessment or first payment date and appends {@code event}. */
    void update(DirectPaymentAccount account, AuditEvent event);

    /** The account with this id, or empty. */
    Optional<DirectPaymentAccount> find(AccountId id);

    /** The accounts of a plan, by id. */
    List<DirectPaymentAccount> ofPlan(PlanId plan);

    /**
     * Starts importing one file's transactions into {@code account}: add each row, then {@link TransactionImport#commit}
     * stores them all with the import's record and {@code event} in one transaction; closing without committing
     * stores nothing.
     *
     * @throws IllegalStateException if a file with this content hash was imported into the account before
     */
    TransactionImport startImport(AccountId account, String fileSha256, Instant at, AuditEvent event);

    /** The account's imports, oldest first. */
    List<ImportRecord> imports(AccountId account);

    /** Every transaction of the account dated from {@code from} to {@code to} inclusive, handed to {@code each} one at a time. */
    void transactions(AccountId account, LocalDate from, LocalDate to, Consumer<Transaction> each);

    /** The sum of the account's transactions dated before {@code date}: the balance that day starts with. */
    Money balanceBefore(AccountId account, LocalDate date);

    /** Stores an audit report with {@code event}; returns its id. */
    ReportId saveReport(AuditReport report, Instant at, AuditEvent event);

    /** A stored report, or empty. */
    Optional<StoredReport> report(ReportId id);

    /** The account's reports, oldest first. */
    List<StoredReport> reports(AccountId account);

    /**
     * Writes an account exactly as exported from another store (for {@code import}), its monitoring assessment
     * and first payment included, appending no audit event: the exported trail is restored separately.
     *
     * @throws IllegalStateException if there is no plan {@code account.plan()}, or an account with this id exists
     *         (nothing is written)
     */
    void restore(DirectPaymentAccount account);

    /**
     * Writes the record of an import exactly as exported (for {@code import}), after the account's other imports,
     * appending no audit event; its transactions are restored with {@link #restoreTransactions}.
     *
     * @throws IllegalStateException if there is no such account, or a file with this content hash was imported into
     *         it (nothing is written)
     */
    void restore(ImportRecord record);

    /**
     * Starts writing transactions of {@code account} exactly as exported (for {@code import}): add each one, in the
     * order {@link #transactions} handed them out, then {@link TransactionRestore#commit} stores them all at once,
     * after the account's stored transactions, with no audit event; closing without committing stores nothing. The
     * rows are handed on as they come (a store may hold millions), never collected by the caller.
     *
     * @throws IllegalStateException if there is no such account, or it has no import yet (every transaction came
     *         from one, so its imports are restored first)
     */
    TransactionRestore restoreTransactions(AccountId account);

    /**
     * Writes an audit report exactly as exported (for {@code import}), its id and time included, after the
     * account's other reports, appending no audit event.
     *
     * @throws IllegalStateException if there is no account {@code report.report().account()}, or a report with
     *         this id exists (nothing is written)
     */
    void restore(StoredReport report);

    /** An import in progress: rows are buffered or written in the store's open transaction until committed. */
    interface TransactionImport extends AutoCloseable {

        /** Adds one transaction read from the file. */
        void add(Transaction transaction);

        /** Stores every row added, the import's record and its audit event, all at once. */
        ImportRecord commit(ImportCounts counts);

        /** Stores nothing unless committed. */
        @Override
        void close();
    }

    /**
     * A restore of exported transactions in progress: nothing is stored until it is committed. A store may hold its
     * one writing connection (SQLite) until then, so commit or close it before the next call to the store.
     */
    interface TransactionRestore extends AutoCloseable {

        /** Adds the next exported transaction. */
        void add(Transaction transaction);

        /**
         * Stores every transaction added, all at once, and returns how many.
         *
         * @throws IllegalStateException if the account or its imports are gone, or the store fails (nothing is stored)
         */
        long commit();

        /** Stores nothing unless committed. */
        @Override
        void close();
    }

    /**
     * How one file's rows went.
     *
     * @param rows data rows read
     * @param accepted rows stored as transactions
     * @param rejected rows that could not be read (each reported by line)
     */
    record ImportCounts(long rows, long accepted, long rejected) {
    }

    /**
     * One imported file.
     *
     * @param account the account
     * @param fileSha256 the file's content hash, so the same file is never imported twice
     * @param at when it was imported
     * @param counts how its rows went
     */
    record ImportRecord(AccountId account, String fileSha256, Instant at, ImportCounts counts) {

        /** Requires every member. */
        public ImportRecord {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(fileSha256, "fileSha256");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(counts, "counts");
        }
    }

    /**
     * Identifies a stored audit report.
     *
     * @param value a random UUID
     */
    record ReportId(UUID value) {

        /** Requires the value. */
        public ReportId {
            Objects.requireNonNull(value, "value");
        }

        /** A new random id. */
        public static ReportId random() {
            return new ReportId(UUID.randomUUID());
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /**
     * A stored audit report.
     *
     * @param id its id
     * @param at when the audit ran
     * @param report the report
     */
    record StoredReport(ReportId id, Instant at, AuditReport report) {

        /** Requires every member. */
        public StoredReport {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(report, "report");
        }
    }
}
