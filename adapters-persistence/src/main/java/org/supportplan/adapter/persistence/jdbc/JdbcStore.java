package org.supportplan.adapter.persistence.jdbc;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.application.port.out.Store;

import com.zaxxer.hikari.HikariDataSource;

/** A store in a relational database behind a HikariCP pool, its schema kept current by Flyway. */
final class JdbcStore implements Store {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);

    private final String description;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final PlanRepository plans;

    private JdbcStore(String description, HikariDataSource dataSource) {
        this.description = description;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        this.plans = new JdbcPlanRepository(jdbi);
    }

    /** Opens the pool and brings the schema up to date; on any failure nothing is left open. */
    static JdbcStore open(JdbcTarget target) {
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(target.pool());
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot connect to the store " + target.description() + ": " + e.getMessage(), e);
        }
        try {
            MigrateResult result = Flyway.configure(JdbcStore.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            LOG.info("opened store {} at schema version {} ({} migrations applied)", target.description(),
                    result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                    result.migrationsExecuted);
            return new JdbcStore(target.description(), dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw new IllegalStateException("cannot prepare the store " + target.description() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public PlanRepository plans() {
        return plans;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() {
        dataSource.close();
        LOG.info("closed store {}", description);
    }

    /** For tests in this package: queries on the pooled connections. */
    Jdbi jdbi() {
        return jdbi;
    }
}
