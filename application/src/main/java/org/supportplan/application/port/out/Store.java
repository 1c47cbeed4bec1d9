package org.supportplan.application.port.out;

import java.util.Map;

/**
 * Out-port: one opened storage back end, offering a repository for each kind of thing supportplan
 * keeps. Closing it releases its connections; nothing acknowledged is lost.
 */
public interface Store extends AutoCloseable {

    /** The support plans. */
    PlanRepository plans();

    /** The audit trail. */
    AuditTrail auditTrail();

    /** Reviews, review requests and agreed review intervals. */
    ReviewRepository reviews();

    /** Direct-payment accounts, their transactions and audit reports. */
    AccountRepository accounts();

    /** A short description for logs and {@code db info}, without credentials. */
    String description();

    /**
     * What is stored and the schema's state, for {@code db info}: counts by kind (such as {@code plans},
     * {@code planVersions}, {@code auditEntries}) and, for a database, {@code schemaVersion}.
     */
    Map<String, String> info();

    /** Releases connections and files. */
    @Override
    void close();
}
