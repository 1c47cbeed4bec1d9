package org.supportplan.example.store;

import org.supportplan.application.port.out.Store;
import org.supportplan.application.port.out.StoreProvider;

/** Opens an {@link ExampleStore} for store URLs that start with {@code example:}. */
public final class ExampleStoreProvider implements StoreProvider {

    @Override
    public String name() {
        return "example";
    }

    @Override
    public boolean supports(String url) {
        return url != null && url.startsWith("example:");
    }

    @Override
    public Store open(String url) {
        return new ExampleStore();
    }
}
