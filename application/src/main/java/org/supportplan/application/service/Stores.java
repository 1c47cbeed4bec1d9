package org.supportplan.application.service;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import org.supportplan.application.port.out.Store;
import org.supportplan.application.port.out.StoreProvider;

/** Chooses a storage plug-in by store URL from those installed on the class path. */
public final class Stores {

    private Stores() {
    }

    /** Opens the store at {@code url} with the first installed provider that accepts it. */
    public static Store open(String url) {
        return open(url, Stores.class.getClassLoader());
    }

    /** Opens the store at {@code url}, looking for providers with {@code loader}. */
    public static Store open(String url, ClassLoader loader) {
        List<String> installed = new ArrayList<>();
        for (StoreProvider provider : ServiceLoader.load(StoreProvider.class, loader)) {
            if (provider.supports(url)) {
                return provider.open(url);
            }
            installed.add(provider.name());
        }
        throw new UnknownStoreException(url, installed);
    }
}
