package org.supportplan.application.port.out;

/**
 * Out-port: one opened storage back end, offering a repository for each kind of thing supportplan
 * keeps. Closing it releases its connections; nothing acknowledged is lost.
 */
public interface Store extends AutoCloseable {

    /** The support plans. */
    PlanRepository plans();

    /** A short description for logs and {@code db info}, without credentials. */
    String description();

    /** Releases connections and files. */
    @Override
    void close();
}
