package org.supportplan.adapter.persistence.jdbc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supportplan.adapter.persistence.document.RecordDocuments;
import org.supportplan.application.port.out.AccountRepository;
import org.supportplan.application.port.out.AuditTrail;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.application.port.out.ReviewRepository;
import org.supportplan.application.port.out.Store;

import com.zaxxer.hikari.HikariDataSource;


/** A store in a relational database behind a HikariCP pool, its schema kept current by Flyway. */
final class JdbcStore implements Store, io.micrometer.core.instrument.binder.MeterBinder {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);

    private static final String COUNTS = """
            SELECT (SELECT COUNT(*) FROM plan_identity), (SELECT COUNT(*) FROM plan_version), (SELECT COUNT(*) FROM audit_entry),
                   (SELECT COUNT(*) FROM review), (SELECT COUNT(*) FROM dp_account), (SELECT COUNT(*) FROM account_transaction),
                   (SELECT COUNT(*) FROM audit_report)
            """;

    private final Database database;
    private final Flyway flyway;
    private final JdbcPlanRepository plans;
    private final AuditTrail trail;
    private final ReviewRepository reviews;
    private final AccountRepository accounts;

    private JdbcStore(Database database, Flyway flyway) {
        this.database = database;
        this.flyway = flyway;
        this.plans = new JdbcPlanRepository(database);
        this.trail = new JdbcAuditTrail(database);
        RecordDocuments documents = new RecordDocuments();
        this.reviews = new JdbcReviewRepository(database, plans, documents);
        this.accounts = new JdbcAccountRepository(database, documents);
    }

    /** Opens the pool and brings the schema up to date; on any failure nothing is left open. */
    static JdbcStore open(JdbcTarget target) {
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(target.pool());
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot connect to the store " + target.description() + ": " + e.getMessage(), e);
        }
        HikariDataSource readers = null;
        try {
            Flyway flyway = Flyway.configure(JdbcStore.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration", target.dialect().migrations())
                    .javaMigrations(new CopySkeletonPlans())
                    .load();
            MigrateResult result = flyway.migrate();
            // Opened only now: the schema (and SQLite's WAL mode) is in place before any reader connects.
            readers = target.readPool().map(HikariDataSource::new).orElse(dataSource);
            LOG.info("opened store {} at schema version {} ({} migrations applied)", target.description(),
                    result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                    result.migrationsExecuted);
            return new JdbcStore(new Database(target.description(), dataSource, readers, target.dialect()), flyway);
        } catch (RuntimeException e) {
            if (readers != null && readers != dataSource) {
                readers.close();
            }
            dataSource.close();
            throw new IllegalStateException("cannot prepare the store " + target.description() + ": " + rootMessage(e), e);
        }
    }

    /** Flyway wraps a failed migration's own explanation in "Migration failed !"; the cause is what a person needs. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + ": " + root.getMessage();
    }

    @Override
    public PlanRepository plans() {
        return plans;
    }

    @Override
    public AuditTrail auditTrail() {
        return trail;
    }

    @Override
    public ReviewRepository reviews() {
        return reviews;
    }

    @Override
    public AccountRepository accounts() {
        return accounts;
    }

    @Override
    public String description() {
        return database.description();
    }

    /** {@code plans}, {@code planVersions}, {@code auditEntries} (counted in one statement) and {@code schemaVersion}. */
    @Override
    public Map<String, String> info() {
        long[] counts = database.read("the counts", h -> h.createQuery(COUNTS)
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7)}).one());
        MigrationInfo current = flyway.info().current();
        Map<String, String> info = new LinkedHashMap<>();
        info.put("plans", Long.toString(counts[0]));
        info.put("planVersions", Long.toString(counts[1]));
        info.put("auditEntries", Long.toString(counts[2]));
        info.put("reviews", Long.toString(counts[3]));
        info.put("accounts", Long.toString(counts[4]));
        info.put("transactions", Long.toString(counts[5]));
        info.put("auditReports", Long.toString(counts[6]));
        info.put("schemaVersion", current == null ? "none" : current.getVersion().getVersion());
        return Collections.unmodifiableMap(info);
    }

    /** Binds the connection pool's metrics ({@code hikaricp_connections_*}): what a composition root with metrics asks. */
    @Override
    public void bindTo(io.micrometer.core.instrument.MeterRegistry registry) {
        database.bindPoolMetrics(registry);
    }

    @Override
    public void close() {
        if (!database.isClosed()) {
            database.close();
            LOG.info("closed store {}", database.description());
        }
    }

    /** For tests in this package: queries on the pooled connections. */
    Jdbi jdbi() {
        return database.jdbi();
    }
}
