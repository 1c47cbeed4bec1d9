package org.supportplan.adapter.persistence.jdbc;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The JDBC store's own behaviour on PostgreSQL (see {@link TestPostgres}), each test in a new schema. */
class PostgresStoreBehaviourTest extends JdbcStoreBehaviour {

    private static final List<String> SCHEMAS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void requireDatabase() {
        TestPostgres.requireDatabase();
    }

    @AfterAll
    static void dropSchemas() {
        SCHEMAS.forEach(TestPostgres::dropSchema);
    }

    @Override
    protected String freshUrl() {
        String url = TestPostgres.freshSchemaUrl();
        SCHEMAS.add(url);
        return url;
    }

    @Override
    protected void refuseDocumentsContaining(Statement statement, String marker) throws SQLException {
        statement.execute("""
                CREATE FUNCTION refuse_marked() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.content_json LIKE '%%%s%%' THEN RAISE EXCEPTION 'refused by test'; END IF;
                    RETURN NEW;
                END $$""".formatted(marker));
        statement.execute("CREATE TRIGGER refuse_marked BEFORE INSERT OR UPDATE ON plan_version "
                + "FOR EACH ROW EXECUTE FUNCTION refuse_marked()");
    }

    @Override
    protected void refuseAuditEntriesBy(Statement statement, String actor) throws SQLException {
        statement.execute("""
                CREATE FUNCTION refuse_actor() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.actor = '%s' THEN RAISE EXCEPTION 'refused by test'; END IF;
                    RETURN NEW;
                END $$""".formatted(actor));
        statement.execute("CREATE TRIGGER refuse_actor BEFORE INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION refuse_actor()");
    }

    @Override
    protected List<String> dialectSpecificChangesTheTrailRefuses() {
        return List.of("TRUNCATE audit_entry", "TRUNCATE audit_head", "TRUNCATE audit_entry, audit_head");
    }
}
