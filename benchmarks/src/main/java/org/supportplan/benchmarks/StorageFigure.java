package org.supportplan.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.sqlite.SQLiteConfig;
import org.supportplan.application.audit.Actor;
import org.supportplan.application.audit.AuditAction;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.out.AccountRepository;
import org.supportplan.application.port.out.Store;
import org.supportplan.application.service.Stores;
import org.supportplan.domain.account.AccountId;
import org.supportplan.domain.account.DirectPaymentAccount;
import org.supportplan.domain.account.MonitoringAssessment;
import org.supportplan.domain.account.MonitoringLevel;
import org.supportplan.domain.account.Transaction;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.plan.SupportPlan;

/**
 * Figure 5, on SQLite and on PostgreSQL: saving a new 20-item plan through the store ({@code PlanRepository.create}:
 * the identity row, the version row with its JSON document, and the hash-chained audit entry, in one transaction)
 * beside raw JDBC writing the very same rows (copied from what the store wrote) into tables of the same shape without
 * the store's triggers, one transaction per plan, statements prepared once. Then seeding a large council through the
 * store's ports into an empty store: 25,000 people and plans, 5,000 accounts and 1,500,000 transactions.
 */
public final class StorageFigure {

    static final String POSTGRES_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final String POSTGRES_DATABASE = "supportplan_bench";
    private static final Actor ACTOR = Actor.of("bench");

    private StorageFigure() {
    }

    /** Runs figure 5. */
    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path folder = options.work().resolve("storage");
        Files.createDirectories(folder);

        Path saveDb = fresh(folder, "save.db");
        save(options, "5a", "SQLite", "jdbc:sqlite:" + saveDb, () -> sqlite(saveDb));
        Path seedDb = fresh(folder, "seed.db");
        seed(options, "5c", "SQLite", "jdbc:sqlite:" + seedDb, 60);

        String postgres = POSTGRES_SERVER + POSTGRES_DATABASE + "?user=postgres";
        try {
            resetPostgres();
        } catch (SQLException e) {
            String why = "PostgreSQL at " + POSTGRES_SERVER + " does not answer: " + e.getMessage();
            Row.failed("5b", "Storage: save a 20-item plan, PostgreSQL", ">= 50% of raw", why).appendTo(options.out());
            Row.failed("5d", "Storage: seed a large council, PostgreSQL", "< 120 s", why).appendTo(options.out());
            return;
        }
        save(options, "5b", "PostgreSQL", postgres, () -> DriverManager.getConnection(postgres));
        resetPostgres();
        seed(options, "5d", "PostgreSQL", postgres, 120);
    }

    @FunctionalInterface
    interface Connector {
        Connection open() throws SQLException;
    }

    private static void save(Options options, String order, String database, String url, Connector raw) throws Exception {
        int warmup = options.quick() ? 200 : 1_000;
        double seconds = options.quick() ? 3 : 6;
        int rounds = options.quick() ? 1 : 2;
        PlanContent content = BenchPlans.content(0);
        try (Store store = Stores.open(url); Connection connection = raw.open()) {
            SupportPlan template = create(store, content);
            RawPlanRows rows = RawPlanRows.copyOf(connection, template.id());
            for (int i = 0; i < warmup; i++) {
                create(store, content);
                rows.insert(connection);
            }
            double storeRate = 0;
            double rawRate = 0;
            for (int round = 0; round < rounds; round++) {
                double s = timed(seconds, () -> create(store, content));
                double r = timed(seconds, () -> rows.insert(connection));
                System.out.printf("  %s round %d: store %,.0f plans/s, raw JDBC %,.0f plans/s%n", database, round + 1, s, r);
                storeRate += s / rounds;
                rawRate += r / rounds;
            }
            new Row(order, "Storage: save a 20-item plan, " + database, Fmt.perSecond(storeRate), "raw JDBC, same rows: "
                    + Fmt.perSecond(rawRate), Fmt.percent(storeRate, rawRate) + " of raw", ">= 50% of raw", storeRate >= 0.5 * rawRate,
                    "one durable transaction per plan on one thread; the store's `create` writes the identity, the version (JSON "
                            + "document, " + rows.documentChars() + " characters) and the audit entry; raw JDBC inserts copies of those "
                            + "three rows into tables of the same shape without triggers; " + rounds + " rounds of " + (int) seconds
                            + " s each after " + warmup + " of each")
                    .appendTo(options.out());
        }
    }

    /** Saves as many plans as it can in {@code seconds}; the rate. */
    private static double timed(double seconds, ThrowingRunnable save) throws Exception {
        long started = System.nanoTime();
        long end = started + (long) (seconds * 1e9);
        long count = 0;
        while (System.nanoTime() < end) {
            save.run();
            count++;
        }
        return count / ((System.nanoTime() - started) / 1e9);
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static SupportPlan create(Store store, PlanContent content) {
        SupportPlan plan = SupportPlan.draft(PlanId.random(), BenchPlans.PERSON, BenchPlans.COUNCIL, content, BenchPlans.CREATED_AT);
        store.plans().create(plan, AuditEvent.change(Instant.now(), ACTOR, AuditAction.PLAN_CREATED, null, plan));
        return plan;
    }

    private static void seed(Options options, String order, String database, String url, int goalSeconds) {
        int scale = options.quick() ? 10 : 1;
        int people = 25_000 / scale;
        int accounts = 5_000 / scale;
        int perAccount = 300;
        List<PlanContent> contents = new ArrayList<>();
        for (int v = 0; v < 100; v++) {
            contents.add(BenchPlans.content(v));
        }
        long started = System.nanoTime();
        double plansDone;
        double accountsDone;
        try (Store store = Stores.open(url)) {
            Instant now = Instant.now();
            List<SupportPlan> withAccounts = new ArrayList<>(accounts);
            for (int p = 0; p < people; p++) {
                SupportPlan plan = SupportPlan.draft(PlanId.random(), PersonId.of("D-" + (300_000 + p)), BenchPlans.COUNCIL,
                        contents.get(p % contents.size()), BenchPlans.CREATED_AT);
                store.plans().create(plan, AuditEvent.change(now, ACTOR, AuditAction.PLAN_CREATED, null, plan));
                if (p < accounts) {
                    withAccounts.add(plan);
                }
            }
            plansDone = (System.nanoTime() - started) / 1e9;
            LocalDate first = TransactionsFile.FIRST_DAY;
            for (int a = 0; a < accounts; a++) {
                SupportPlan plan = withAccounts.get(a);
                store.accounts().open(new DirectPaymentAccount(AccountId.of("DP-" + (100_000 + a)), plan.id(),
                        MonitoringAssessment.of(MonitoringLevel.STANDARD, first.minusDays(30), "CM-0042"), null),
                        AuditEvent.change(now, ACTOR, AuditAction.ACCOUNT_OPENED, plan, plan));
            }
            accountsDone = (System.nanoTime() - started) / 1e9;
            for (int a = 0; a < accounts; a++) {
                SupportPlan plan = withAccounts.get(a);
                AccountId account = AccountId.of("DP-" + (100_000 + a));
                String sha = String.format(Locale.ROOT, "%064x", a + 1);
                try (AccountRepository.TransactionImport imported = store.accounts().startImport(account, sha, now,
                        AuditEvent.change(now, ACTOR, AuditAction.TRANSACTIONS_IMPORTED, plan, plan))) {
                    for (int k = 0; k < perAccount; k++) {
                        imported.add(transaction(a, k, perAccount));
                    }
                    imported.commit(new AccountRepository.ImportCounts(perAccount, perAccount, 0));
                }
            }
        } catch (RuntimeException e) {
            Row.failed(order, "Storage: seed a large council, " + database, "< " + goalSeconds + " s", e.toString()).appendTo(options.out());
            return;
        }
        double total = (System.nanoTime() - started) / 1e9;
        double goal = (double) goalSeconds / scale;
        long transactions = (long) accounts * perAccount;
        new Row(order, String.format(Locale.ROOT, "Storage: seed %,d people and plans, %,d accounts, %,d transactions, %s", people,
                accounts, transactions, database), Fmt.seconds(total), "-",
                String.format(Locale.ROOT, "plans %.1f s, accounts %.1f s, transactions %.1f s", plansDone, accountsDone - plansDone,
                        total - accountsDone),
                "< " + Fmt.seconds(goal).replace(".00", ""), total < goal,
                "through the store's ports on one thread into an empty store: `create` per plan (its own transaction, as the port "
                        + "has no batch create), `open` per account, one `startImport` of " + perAccount
                        + " rows per account (one transaction; 100 rows to an INSERT)")
                .appendTo(options.out());
    }

    private static final String[] PAYEES = {"J. Carter", "Riverside Day Centre", "Corner Shop", "Mobility World", "Dales Taxis"};
    private static final SpendCategory[] CATEGORIES = {SpendCategory.of("personal-assistant"), SpendCategory.of("day-service"),
        SpendCategory.of("food"), SpendCategory.of("equipment"), Transaction.UNCATEGORISED};

    private static Transaction transaction(int account, int k, int perAccount) {
        LocalDate date = TransactionsFile.FIRST_DAY.plusDays((long) k * 361 / perAccount);
        if (k % 24 == 0) {
            return new Transaction(k + 2L, "DP-" + account + "-" + k, date, "Derbyshire County Council", Money.ofPence(77_280),
                    Transaction.UNCATEGORISED, "Direct payment");
        }
        int kind = (k + account) % PAYEES.length;
        return new Transaction(k + 2L, "R-" + account + "-" + k, date, PAYEES[kind], Money.ofPence(-(500 + (k * 37L + account) % 9_000)),
                CATEGORIES[kind], "Card payment " + k);
    }

    private static Path fresh(Path folder, String name) throws java.io.IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(folder.resolve(name + suffix));
        }
        return folder.resolve(name);
    }

    /** A raw connection to a SQLite file with the store's settings: WAL, synchronous=FULL, foreign keys, busy timeout. */
    private static Connection sqlite(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /** Creates the benchmark database if it is missing, and empties it (the audit trail's triggers forbid deletes). */
    static void resetPostgres() throws SQLException {
        try (Connection admin = DriverManager.getConnection(POSTGRES_SERVER + "postgres?user=postgres");
             Statement sql = admin.createStatement()) {
            try (ResultSet found = sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + POSTGRES_DATABASE + "'")) {
                if (!found.next()) {
                    sql.execute("CREATE DATABASE " + POSTGRES_DATABASE);
                }
            }
        }
        try (Connection bench = DriverManager.getConnection(POSTGRES_SERVER + POSTGRES_DATABASE + "?user=postgres");
             Statement sql = bench.createStatement()) {
            sql.execute("DROP SCHEMA public CASCADE");
            sql.execute("CREATE SCHEMA public");
        }
    }

    /**
     * The rows the store wrote for one plan (identity, version, audit entry), to be written again by raw JDBC into
     * {@code raw_*} tables of the same shape (columns, keys, indexes; no triggers), each time under a new plan id.
     */
    static final class RawPlanRows {

        private static final String[] TABLES = {"plan_identity", "plan_version", "audit_entry"};
        private final List<List<Object>> values = new ArrayList<>();
        private final List<String> inserts = new ArrayList<>();
        private final List<Integer> planIdColumn = new ArrayList<>();
        private final List<Integer> sequenceColumn = new ArrayList<>();
        private final int documentChars;
        private PreparedStatement[] statements;
        private long sequence = 1;

        private RawPlanRows(int documentChars) {
            this.documentChars = documentChars;
        }

        static RawPlanRows copyOf(Connection connection, PlanId plan) throws SQLException {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("DROP TABLE IF EXISTS raw_audit_entry");
                ddl.execute("DROP TABLE IF EXISTS raw_plan_version");
                ddl.execute("DROP TABLE IF EXISTS raw_plan_identity");
                ddl.execute("""
                        CREATE TABLE raw_plan_identity (plan_id VARCHAR(36) NOT NULL PRIMARY KEY, person_id VARCHAR(64) NOT NULL,
                            council_id VARCHAR(40) NOT NULL, revision BIGINT NOT NULL DEFAULT 1 CHECK (revision >= 1))""");
                ddl.execute("CREATE INDEX raw_plan_identity_council ON raw_plan_identity (council_id)");
                ddl.execute("CREATE INDEX raw_plan_identity_person ON raw_plan_identity (person_id)");
                ddl.execute("""
                        CREATE TABLE raw_plan_version (plan_id VARCHAR(36) NOT NULL REFERENCES raw_plan_identity (plan_id),
                            version INTEGER NOT NULL, status VARCHAR(20) NOT NULL, created_at VARCHAR(40) NOT NULL,
                            signed_off_by VARCHAR(100), signed_off_at VARCHAR(40), final_budget_pence BIGINT,
                            support_start VARCHAR(20), ended_on VARCHAR(20), return_reasons TEXT NOT NULL,
                            content_format INTEGER NOT NULL, content_json TEXT NOT NULL, PRIMARY KEY (plan_id, version))""");
                ddl.execute("CREATE INDEX raw_plan_version_status ON raw_plan_version (status)");
                ddl.execute("""
                        CREATE TABLE raw_audit_entry (sequence_no BIGINT NOT NULL PRIMARY KEY, occurred_at VARCHAR(40) NOT NULL,
                            actor VARCHAR(100) NOT NULL, action VARCHAR(30) NOT NULL, plan_id VARCHAR(36) NOT NULL,
                            person_id VARCHAR(64) NOT NULL, from_version INTEGER, from_status VARCHAR(20), to_version INTEGER NOT NULL,
                            to_status VARCHAR(20) NOT NULL, previous_hash CHAR(64) NOT NULL, hash CHAR(64) NOT NULL)""");
                ddl.execute("CREATE INDEX raw_audit_entry_plan ON raw_audit_entry (plan_id)");
            }
            int chars = 0;
            RawPlanRows rows = null;
            List<List<Object>> found = new ArrayList<>();
            List<String> sqls = new ArrayList<>();
            List<Integer> planColumns = new ArrayList<>();
            List<Integer> sequenceColumns = new ArrayList<>();
            for (String table : TABLES) {
                try (PreparedStatement select = connection.prepareStatement("SELECT * FROM " + table + " WHERE plan_id = ?")) {
                    select.setString(1, plan.toString());
                    try (ResultSet rs = select.executeQuery()) {
                        if (!rs.next()) {
                            throw new IllegalStateException("the store wrote no " + table + " row for plan " + plan);
                        }
                        ResultSetMetaData meta = rs.getMetaData();
                        List<Object> row = new ArrayList<>();
                        List<String> columns = new ArrayList<>();
                        int planColumn = -1;
                        int sequenceColumn = -1;
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            String name = meta.getColumnName(c).toLowerCase(Locale.ROOT);
                            columns.add(name);
                            row.add(rs.getObject(c));
                            if (name.equals("plan_id")) {
                                planColumn = c - 1;
                            }
                            if (name.equals("sequence_no")) {
                                sequenceColumn = c - 1;
                            }
                            if (name.equals("content_json")) {
                                chars = rs.getString(c).length();
                            }
                        }
                        found.add(row);
                        sqls.add("INSERT INTO raw_" + table + " (" + String.join(", ", columns) + ") VALUES ("
                                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")");
                        planColumns.add(planColumn);
                        sequenceColumns.add(sequenceColumn);
                    }
                }
            }
            rows = new RawPlanRows(chars);
            rows.values.addAll(found);
            rows.inserts.addAll(sqls);
            rows.planIdColumn.addAll(planColumns);
            rows.sequenceColumn.addAll(sequenceColumns);
            connection.setAutoCommit(false);
            rows.statements = new PreparedStatement[TABLES.length];
            for (int t = 0; t < TABLES.length; t++) {
                rows.statements[t] = connection.prepareStatement(rows.inserts.get(t));
            }
            connection.commit();
            return rows;
        }

        int documentChars() {
            return documentChars;
        }

        /** Writes the rows once more under a new plan id, in one transaction. */
        void insert(Connection connection) throws SQLException {
            String id = UUID.randomUUID().toString();
            for (int t = 0; t < statements.length; t++) {
                PreparedStatement insert = statements[t];
                List<Object> row = values.get(t);
                for (int c = 0; c < row.size(); c++) {
                    Object value = c == planIdColumn.get(t) ? id : c == sequenceColumn.get(t) ? (Object) sequence++ : row.get(c);
                    insert.setObject(c + 1, value);
                }
                insert.addBatch();
                insert.executeBatch();
            }
            connection.commit();
        }
    }
}
