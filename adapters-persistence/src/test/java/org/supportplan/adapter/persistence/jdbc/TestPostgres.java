package org.supportplan.adapter.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.supportplan.application.service.StoreUrls;

/**
 * The PostgreSQL the tests may use: {@value #URL_VARIABLE}, or {@value #DEFAULT_URL} as user
 * {@code postgres}. Without the variable, tests are skipped (with the reason) when nothing answers
 * there; with it, a database that does not answer fails them, so a CI run cannot skip silently.
 * Each test works in a schema of its own, so runs (and other worktrees) do not see each other's rows.
 */
final class TestPostgres {

    static final String URL_VARIABLE = "SUPPORTPLAN_TEST_POSTGRES_URL";
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/supportplan_test";

    private static String unavailable;
    private static boolean probed;

    private TestPostgres() {
    }

    /** Skips the calling test class, or fails it when {@value #URL_VARIABLE} is set, unless the database answers. */
    static synchronized void requireDatabase() {
        if (!probed) {
            probed = true;
            Properties quick = new Properties();
            quick.setProperty("connectTimeout", "5");
            try (Connection connection = DriverManager.getConnection(serverUrl(), quick)) {
                unavailable = connection.isValid(5) ? null : "PostgreSQL at " + StoreUrls.redact(serverUrl()) + " does not answer";
            } catch (SQLException e) {
                unavailable = "no PostgreSQL answers at " + StoreUrls.redact(serverUrl()) + " (" + e.getMessage() + ")";
            }
        }
        if (unavailable == null) {
            return;
        }
        if (explicitUrl() != null) {
            fail(unavailable + ", although " + URL_VARIABLE + " names it");
        }
        Assumptions.abort(unavailable + "; start it or set " + URL_VARIABLE + " to run the PostgreSQL tests");
    }

    /** A new, empty schema; the returned URL makes it the connection's only schema. */
    static String freshSchemaUrl() {
        String schema = "sp_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toLowerCase(Locale.ROOT);
        execute("CREATE SCHEMA " + schema);
        return withParameter(serverUrl(), "currentSchema", schema);
    }

    /** Drops the schema a URL from {@link #freshSchemaUrl()} names, with everything in it. */
    static void dropSchema(String url) {
        String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    /** The server's URL, with {@code user=postgres} unless it names a user. */
    static String serverUrl() {
        String url = explicitUrl() == null ? DEFAULT_URL : explicitUrl();
        return url.contains("user=") ? url : withParameter(url, "user", "postgres");
    }

    private static String explicitUrl() {
        String url = System.getenv(URL_VARIABLE);
        return url == null || url.isBlank() ? null : url.strip();
    }

    private static String withParameter(String url, String name, String value) {
        return url + (url.contains("?") ? "&" : "?") + name + "=" + value;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on the test PostgreSQL: " + e.getMessage(), e);
        }
    }
}
