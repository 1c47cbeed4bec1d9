package org.supportplan.adapter.persistence.memory;

import org.supportplan.application.port.out.Store;
import org.supportplan.application.port.out.StoreProvider;

/**
 * Storage plug-in for {@code memory:} URLs: a store that lives only as long as the process, for
 * trying supportplan out and for tests. Every {@link #open(String)} gives a new, empty store.
 */
public final class MemoryStoreProvider implements StoreProvider {

    private static final String SCHEME = "memory:";

    /** Used by {@link java.util.ServiceLoader}. */
    public MemoryStoreProvider() {
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public boolean supports(String url) {
        return url != null && url.startsWith(SCHEME);
    }

    @Override
    public Store open(String url) {
        if (!supports(url)) {
            throw new IllegalArgumentException("the memory store only opens URLs starting with '" + SCHEME + "'");
        }
        return new MemoryStore();
    }
}
