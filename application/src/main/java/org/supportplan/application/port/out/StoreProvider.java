package org.supportplan.application.port.out;

/**
 * Service-provider interface for storage plug-ins, found with {@link java.util.ServiceLoader}. A
 * council adds its own store by shipping a jar with an implementation listed in
 * {@code META-INF/services/org.supportplan.application.port.out.StoreProvider}.
 */
public interface StoreProvider {

    /** A short name for messages, such as {@code sqlite}. */
    String name();

    /** Whether this provider opens stores for {@code url} (such as {@code jdbc:sqlite:data/x.db} or {@code memory:}). */
    boolean supports(String url);

    /** Opens (and, where needed, migrates) the store at {@code url}. */
    Store open(String url);
}
