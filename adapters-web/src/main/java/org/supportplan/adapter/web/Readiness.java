package org.supportplan.adapter.web;

/**
 * Whether the service can do its work now: the composition root checks the store (a query that must answer).
 * {@code GET /health/ready} answers 200 when {@link #check()} returns and 503 when it throws; a load balancer
 * sends no traffic to an instance that is not ready.
 */
@FunctionalInterface
public interface Readiness {

    /** Ready as long as the process runs; for tests and an app with nothing to check. */
    Readiness ALWAYS = () -> { };

    /**
     * Returns when ready.
     *
     * @throws Exception saying why not (logged; never sent to the caller)
     */
    void check() throws Exception;
}
