package org.supportplan.adapter.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supportplan.adapter.persistence.document.RecordDocuments;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.out.AccountRepository;
import org.supportplan.domain.account.AccountId;
import org.supportplan.domain.account.AuditReport;
import org.supportplan.domain.account.DirectPaymentAccount;
import org.supportplan.domain.account.Transaction;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SpendCategory;

/**
 * Direct-payment accounts and audit reports as documents, transactions as rows (docs/adr/0015). An import (and a
 * restore of exported transactions, docs/adr/0020) is one transaction on one connection from start to commit: its
 * rows go in batches as they are read, so a million-row file never sits in memory, and a failed or abandoned import
 * leaves nothing behind. Transactions are read back as a stream (a fetch size inside a read-only transaction), one
 * at a time.
 */
final class JdbcAccountRepository implements AccountRepository {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcAccountRepository.class);

    /** Rows sent to the database at once during an import. */
    private static final int BATCH = 1000;
    /** Rows fetched at once when transactions are streamed. */
    private static final int FETCH = 1000;

    private static final String LOCK_ACCOUNT = "UPDATE dp_account SET account_id = account_id WHERE account_id = ?";
    private static final String INSERT_TRANSACTION = """
            INSERT INTO account_transaction (account_id, import_position, seq, line, reference, tx_date, payee, amount_pence,
                                             category, description)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    /**
     * Rows written by one statement of an import. PostgreSQL runs each statement of a JDBC batch on its own, so one row
     * per statement costs a round of the server's work per row: seeding a council's 1.5 million transactions took twice
     * as long (docs/performance.md). 100 rows are 1,000 parameters, well within SQLite's and PostgreSQL's limits.
     */
    private static final int ROWS_PER_INSERT = 100;
    private static final String INSERT_TRANSACTIONS = INSERT_TRANSACTION.strip()
            + ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)".repeat(ROWS_PER_INSERT - 1);
    private static final String SELECT_TRANSACTIONS = """
            SELECT line, reference, tx_date, payee, amount_pence, category, description FROM account_transaction
            WHERE account_id = ? AND tx_date >= ? AND tx_date <= ?
            ORDER BY tx_date, import_position, seq
            """;

    private final Database database;
    private final RecordDocuments documents;

    JdbcAccountRepository(Database database, RecordDocuments documents) {
        this.database = database;
        this.documents = documents;
    }

    @Override
    public void open(DirectPaymentAccount account, AuditEvent event) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(event, "event");
        String document = documents.write(account);
        database.write("account " + account.id(), connection -> {
            Statements.lockPlan(connection, account.plan());
            insertAccount(connection, account, document, "opened again");
            return JdbcAuditTrail.append(connection, database.dialect(), event, true);
        });
    }

    @Override
    public void restore(DirectPaymentAccount account) {
        Objects.requireNonNull(account, "account");
        String document = documents.write(account);
        database.write("account " + account.id(), connection -> {
            Statements.lockPlan(connection, account.plan());
            insertAccount(connection, account, document, "restored");
            return null;
        });
    }

    private static void insertAccount(Connection connection, DirectPaymentAccount account, String document, String refused)
            throws SQLException {
        if (Statements.exists(connection, "SELECT 1 FROM dp_account WHERE account_id = ?", account.id().toString())) {
            throw new IllegalStateException("account " + account.id() + " exists, so it cannot be " + refused + "; nothing was written");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO dp_account (account_id, plan_id, format, document) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, account.id().toString());
            insert.setString(2, account.plan().toString());
            insert.setInt(3, RecordDocuments.FORMAT);
            insert.setString(4, document);
            insert.executeUpdate();
        }
    }

    @Override
    public void update(DirectPaymentAccount account, AuditEvent event) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(event, "event");
        String document = documents.write(account);
        database.write("account " + account.id(), connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE dp_account SET format = ?, document = ? WHERE account_id = ? AND plan_id = ?")) {
                update.setInt(1, RecordDocuments.FORMAT);
                update.setString(2, document);
                update.setString(3, account.id().toString());
                update.setString(4, account.plan().toString());
                if (update.executeUpdate() != 1) {
                    throw find(account.id()).isPresent()
                            ? new IllegalArgumentException("account " + account.id() + " belongs to another plan than " + account.plan()
                                    + " and cannot move; nothing was written")
                            : new IllegalStateException("there is no account " + account.id() + "; nothing was written");
                }
            }
            return JdbcAuditTrail.append(connection, database.dialect(), event, true);
        });
    }

    @Override
    public Optional<DirectPaymentAccount> find(AccountId id) {
        Objects.requireNonNull(id, "id");
        return database.read("account " + id, h -> h.createQuery("SELECT document FROM dp_account WHERE account_id = :id")
                        .bind("id", id.toString()).mapTo(String.class).findOne())
                .map(d -> documents.read(d, DirectPaymentAccount.class));
    }

    @Override
    public List<DirectPaymentAccount> ofPlan(PlanId plan) {
        Objects.requireNonNull(plan, "plan");
        return database.read("the accounts of plan " + plan, h -> h.createQuery(
                        "SELECT document FROM dp_account WHERE plan_id = :plan ORDER BY account_id")
                .bind("plan", plan.toString()).mapTo(String.class).list())
                .stream().map(d -> documents.read(d, DirectPaymentAccount.class)).toList();
    }

    @Override
    public TransactionImport startImport(AccountId account, String fileSha256, Instant at, AuditEvent event) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(fileSha256, "fileSha256");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
        String what = "an import into account " + account;
        Connection connection = database.begin(what);
        try {
            lockAccount(connection, account, "imported");
            // The import's row goes first, so its transactions' foreign key holds; its counts are set at commit.
            int position = insertImport(connection, new ImportRecord(account, fileSha256, at, new ImportCounts(0, 0, 0)));
            return new JdbcImport(connection, account, position, fileSha256, at, event);
        } catch (SQLException | RuntimeException e) {
            rollbackAndClose(connection);
            if (e instanceof SQLException sql) {
                throw database.failed(what, sql);
            }
            throw (RuntimeException) e;
        }
    }

    @Override
    public void restore(ImportRecord record) {
        Objects.requireNonNull(record, "record");
        database.write("an import record of account " + record.account(), connection -> {
            lockAccount(connection, record.account(), "written");
            return insertImport(connection, record);
        });
    }

    /** Takes the account's row lock, so two writers of its imports or reports take turns; refuses a missing account. */
    private static void lockAccount(Connection connection, AccountId account, String nothing) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK_ACCOUNT)) {
            lock.setString(1, account.toString());
            if (lock.executeUpdate() != 1) {
                throw new IllegalStateException("there is no account " + account + "; nothing was " + nothing);
            }
        }
    }

    /** Inserts an import's row after the account's others (the account locked) and returns its position. */
    private static int insertImport(Connection connection, ImportRecord record) throws SQLException {
        String account = record.account().toString();
        if (Statements.exists(connection, "SELECT 1 FROM account_import WHERE account_id = ? AND file_sha256 = ?", account,
                record.fileSha256())) {
            throw new IllegalStateException("the file with SHA-256 " + record.fileSha256() + " was imported into account " + account
                    + " before; nothing was imported");
        }
        int position = Statements.intOf(connection, "SELECT COALESCE(MAX(position), 0) + 1 FROM account_import WHERE account_id = ?",
                account);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO account_import (account_id, position, file_sha256, imported_at, rows_read, accepted, rejected)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)) {
            insert.setString(1, account);
            insert.setInt(2, position);
            insert.setString(3, record.fileSha256());
            insert.setString(4, record.at().toString());
            insert.setLong(5, record.counts().rows());
            insert.setLong(6, record.counts().accepted());
            insert.setLong(7, record.counts().rejected());
            insert.executeUpdate();
        }
        return position;
    }

    /**
     * Restored rows go under the account's last import: which import a row came from is not carried by the ports,
     * and there, numbered on from that import's rows, they are handed out in the order they were added.
     */
    @Override
    public TransactionRestore restoreTransactions(AccountId account) {
        Objects.requireNonNull(account, "account");
        String what = "the restored transactions of account " + account;
        Connection connection = database.begin(what);
        try {
            lockAccount(connection, account, "restored");
            int position = Statements.intOf(connection, "SELECT COALESCE(MAX(position), 0) FROM account_import WHERE account_id = ?",
                    account.toString());
            if (position == 0) {
                throw new IllegalStateException("account " + account + " has no import, and every transaction came from one: "
                        + "restore its imports first; nothing was restored");
            }
            long seq = Statements.longOf(connection,
                    "SELECT COALESCE(MAX(seq), 0) FROM account_transaction WHERE account_id = ? AND import_position = ?",
                    account.toString(), position);
            return new JdbcRestore(connection, account, position, seq);
        } catch (SQLException | RuntimeException e) {
            rollbackAndClose(connection);
            if (e instanceof SQLException sql) {
                throw database.failed(what, sql);
            }
            throw (RuntimeException) e;
        }
    }

    private static void rollbackAndClose(Connection connection) {
        try (connection) {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("rolling back an import failed: {}", e.getMessage());
        }
    }

    @Override
    public List<ImportRecord> imports(AccountId account) {
        Objects.requireNonNull(account, "account");
        return database.read("the imports of account " + account, h -> h.createQuery("""
                        SELECT file_sha256, imported_at, rows_read, accepted, rejected FROM account_import
                        WHERE account_id = :account ORDER BY position
                        """).bind("account", account.toString())
                .map((rs, ctx) -> new ImportRecord(account, rs.getString(1).trim(), Instant.parse(rs.getString(2)),
                        new ImportCounts(rs.getLong(3), rs.getLong(4), rs.getLong(5)))).list());
    }

    @Override
    public void transactions(AccountId account, LocalDate from, LocalDate to, Consumer<Transaction> each) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(each, "each");
        database.readInTransaction("the transactions of account " + account, connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT_TRANSACTIONS)) {
                select.setFetchSize(FETCH);
                select.setString(1, account.toString());
                select.setString(2, from.toString());
                select.setString(3, to.toString());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        each.accept(new Transaction(rows.getLong(1), rows.getString(2), LocalDate.parse(rows.getString(3)),
                                rows.getString(4), Money.ofPence(rows.getLong(5)), SpendCategory.of(rows.getString(6)), rows.getString(7)));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public Money balanceBefore(AccountId account, LocalDate date) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(date, "date");
        long pence = database.read("the balance of account " + account, h -> h.createQuery(
                        "SELECT COALESCE(SUM(amount_pence), 0) FROM account_transaction WHERE account_id = :account AND tx_date < :date")
                .bind("account", account.toString()).bind("date", date.toString()).mapTo(Long.class).one());
        return Money.ofPence(pence);
    }

    @Override
    public ReportId saveReport(AuditReport report, Instant at, AuditEvent event) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
        String document = documents.write(report);
        ReportId id = ReportId.random();
        database.write("an audit report of account " + report.account(), connection -> {
            lockAccount(connection, report.account(), "written");
            insertReport(connection, id, at, report.account(), document);
            return JdbcAuditTrail.append(connection, database.dialect(), event, true);
        });
        return id;
    }

    @Override
    public void restore(StoredReport report) {
        Objects.requireNonNull(report, "report");
        String document = documents.write(report.report());
        AccountId account = report.report().account();
        database.write("audit report " + report.id() + " of account " + account, connection -> {
            lockAccount(connection, account, "written");
            if (Statements.exists(connection, "SELECT 1 FROM audit_report WHERE report_id = ?", report.id().toString())) {
                throw new IllegalStateException("audit report " + report.id() + " exists, so it cannot be restored; nothing was written");
            }
            insertReport(connection, report.id(), report.at(), account, document);
            return null;
        });
    }

    /** Inserts a report after the account's others (the account locked). */
    private static void insertReport(Connection connection, ReportId id, Instant at, AccountId account, String document)
            throws SQLException {
        int position = Statements.intOf(connection, "SELECT COALESCE(MAX(position), 0) + 1 FROM audit_report WHERE account_id = ?",
                account.toString());
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO audit_report (report_id, account_id, position, audited_at, format, document) VALUES (?, ?, ?, ?, ?, ?)
                """)) {
            insert.setString(1, id.toString());
            insert.setString(2, account.toString());
            insert.setInt(3, position);
            insert.setString(4, at.toString());
            insert.setInt(5, RecordDocuments.FORMAT);
            insert.setString(6, document);
            insert.executeUpdate();
        }
    }

    @Override
    public Optional<StoredReport> report(ReportId id) {
        Objects.requireNonNull(id, "id");
        return database.read("audit report " + id, h -> h.createQuery(
                        "SELECT report_id, audited_at, document FROM audit_report WHERE report_id = :id")
                .bind("id", id.toString()).map((rs, ctx) -> stored(rs)).findOne());
    }

    @Override
    public List<StoredReport> reports(AccountId account) {
        Objects.requireNonNull(account, "account");
        return database.read("the audit reports of account " + account, h -> h.createQuery(
                        "SELECT report_id, audited_at, document FROM audit_report WHERE account_id = :account ORDER BY position")
                .bind("account", account.toString()).map((rs, ctx) -> stored(rs)).list());
    }

    private StoredReport stored(ResultSet rs) throws SQLException {
        return new StoredReport(new ReportId(UUID.fromString(rs.getString(1))), Instant.parse(rs.getString(2)),
                documents.read(rs.getString(3), AuditReport.class));
    }

    /**
     * Transactions written in batches in a database transaction that stays open on its own connection until the
     * owner commits or closes it.
     */
    private abstract class OpenBatch implements AutoCloseable {

        final AccountId account;
        final int position;
        private final Connection connection;
        private final PreparedStatement insert;
        /** Inserts {@link #ROWS_PER_INSERT} rows at once; made when the first such group is full. */
        private PreparedStatement insertMany;
        /** Rows not yet bound to a statement, fewer than {@link #ROWS_PER_INSERT}. */
        private final Transaction[] waiting = new Transaction[ROWS_PER_INSERT];
        private int waitingRows;
        private long seq;
        private long added;
        private int pending;
        private boolean finished;

        OpenBatch(Connection connection, AccountId account, int position, long seq) throws SQLException {
            this.connection = connection;
            this.account = account;
            this.position = position;
            this.seq = seq;
            this.insert = connection.prepareStatement(INSERT_TRANSACTION);
        }

        /** What is written, for messages. */
        abstract String what();

        public void add(Transaction transaction) {
            Objects.requireNonNull(transaction, "transaction");
            requireUnfinished();
            try {
                waiting[waitingRows++] = transaction;
                added++;
                if (waitingRows == ROWS_PER_INSERT) {
                    if (insertMany == null) {
                        insertMany = connection.prepareStatement(INSERT_TRANSACTIONS);
                    }
                    for (int row = 0; row < ROWS_PER_INSERT; row++) {
                        bind(insertMany, row * 10, waiting[row]);
                        waiting[row] = null;
                    }
                    insertMany.addBatch();
                    waitingRows = 0;
                    pending += ROWS_PER_INSERT;
                    if (pending >= BATCH) {
                        flush();
                    }
                }
            } catch (SQLException e) {
                abandon();
                throw database.failed(what(), e);
            }
        }

        /** Sends the last rows, runs {@code beforeCommit} in the same transaction, and commits. */
        final <T> T commit(Database.Work<T> beforeCommit) {
            requireUnfinished();
            try {
                flushAll();
                T result = beforeCommit.on(connection);
                connection.commit();
                finished = true;
                closeQuietly();
                return result;
            } catch (SQLException e) {
                abandon();
                throw database.failed(what(), e);
            } catch (RuntimeException e) {
                abandon();
                throw e;
            }
        }

        final long added() {
            return added;
        }

        @Override
        public void close() {
            if (!finished) {
                abandon();
            }
        }

        /** Binds one row's ten values after the first {@code offset} parameters, numbering it with the next sequence. */
        private void bind(PreparedStatement statement, int offset, Transaction transaction) throws SQLException {
            statement.setString(offset + 1, account.toString());
            statement.setInt(offset + 2, position);
            statement.setLong(offset + 3, ++seq);
            statement.setLong(offset + 4, transaction.line());
            statement.setString(offset + 5, transaction.reference());
            statement.setString(offset + 6, transaction.date().toString());
            statement.setString(offset + 7, transaction.payee());
            statement.setLong(offset + 8, transaction.amount().pence());
            statement.setString(offset + 9, transaction.category().code());
            statement.setString(offset + 10, transaction.description());
        }

        /** Writes the full groups batched so far. */
        private void flush() throws SQLException {
            if (pending > 0) {
                insertMany.executeBatch();
                pending = 0;
            }
        }

        /** Writes everything: the batched groups, then the rows of the last, partial group one by one. */
        private void flushAll() throws SQLException {
            flush();
            if (waitingRows > 0) {
                for (int row = 0; row < waitingRows; row++) {
                    bind(insert, 0, waiting[row]);
                    insert.addBatch();
                    waiting[row] = null;
                }
                waitingRows = 0;
                insert.executeBatch();
            }
        }

        private void abandon() {
            finished = true;
            try {
                insert.close();
                if (insertMany != null) {
                    insertMany.close();
                }
            } catch (SQLException e) {
                LOG.debug("closing the statement of {} failed: {}", what(), e.getMessage());
            }
            rollbackAndClose(connection);
        }

        private void closeQuietly() {
            try (connection; insert; PreparedStatement many = insertMany) {
                // closed by try-with-resources
            } catch (SQLException e) {
                LOG.debug("closing the connection of {} failed: {}", what(), e.getMessage());
            }
        }

        private void requireUnfinished() {
            if (finished) {
                throw new IllegalStateException(what() + " is finished");
            }
        }
    }

    /** One import: its record's counts and its audit entry are written at commit. */
    private final class JdbcImport extends OpenBatch implements TransactionImport {

        private final String fileSha256;
        private final Instant at;
        private final AuditEvent event;

        JdbcImport(Connection connection, AccountId account, int position, String fileSha256, Instant at, AuditEvent event)
                throws SQLException {
            super(connection, account, position, 0);
            this.fileSha256 = fileSha256;
            this.at = at;
            this.event = event;
        }

        @Override
        String what() {
            return "an import into account " + account;
        }

        @Override
        public ImportRecord commit(ImportCounts counts) {
            Objects.requireNonNull(counts, "counts");
            return commit(c -> {
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE account_import SET rows_read = ?, accepted = ?, rejected = ? WHERE account_id = ? AND position = ?")) {
                    update.setLong(1, counts.rows());
                    update.setLong(2, counts.accepted());
                    update.setLong(3, counts.rejected());
                    update.setString(4, account.toString());
                    update.setInt(5, position);
                    update.executeUpdate();
                }
                JdbcAuditTrail.append(c, database.dialect(), event, true);
                return new ImportRecord(account, fileSha256, at, counts);
            });
        }
    }

    /** One restore of exported transactions: no record and no audit entry, only the rows. */
    private final class JdbcRestore extends OpenBatch implements TransactionRestore {

        JdbcRestore(Connection connection, AccountId account, int position, long seq) throws SQLException {
            super(connection, account, position, seq);
        }

        @Override
        String what() {
            return "the restore of account " + account + "'s transactions";
        }

        @Override
        public long commit() {
            return commit(c -> added());
        }
    }
}
