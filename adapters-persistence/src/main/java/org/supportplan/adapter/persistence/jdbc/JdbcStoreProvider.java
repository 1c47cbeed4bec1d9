package org.supportplan.adapter.persistence.jdbc;

import org.supportplan.application.port.out.Store;
import org.supportplan.application.port.out.StoreProvider;

/**
 * Storage plug-in for relational databases: {@code jdbc:sqlite:<file>} for one council on one
 * machine and {@code jdbc:postgresql://...} for a shared server. Opening migrates the schema.
 */
public final class JdbcStoreProvider implements StoreProvider {

    /** Used by {@link java.util.ServiceLoader}. */
    public JdbcStoreProvider() {
    }

    @Override
    public String name() {
        return "jdbc (sqlite, postgresql)";
    }

    @Override
    public boolean supports(String url) {
        return url != null && (url.startsWith(JdbcTarget.SQLITE) || url.startsWith(JdbcTarget.POSTGRESQL));
    }

    @Override
    public Store open(String url) {
        return JdbcStore.open(JdbcTarget.of(url));
    }
}
