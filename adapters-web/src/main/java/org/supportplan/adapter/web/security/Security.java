package org.supportplan.adapter.web.security;

import java.util.Objects;

/**
 * What the HTTP service needs to decide who may do what: how tokens are checked, whose each plan is, and the
 * route table. The composition root builds it; there is no way to run the service without one.
 */
public final class Security {

    private final Authenticator authenticator;
    private final PlanDirectory directory;
    private final RoutePolicy policy;

    private Security(Authenticator authenticator, PlanDirectory directory, RoutePolicy policy) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Security with {@link RoutePolicy#standard()}. */
    public static Security of(Authenticator authenticator, PlanDirectory directory) {
        return new Security(authenticator, directory, RoutePolicy.standard());
    }

    /** The same with another route table (tests show the service refusing to start without a rule for a route). */
    public Security withPolicy(RoutePolicy policy) {
        return new Security(authenticator, directory, policy);
    }

    /** How tokens are checked. */
    public Authenticator authenticator() {
        return authenticator;
    }

    /** Whose each plan is. */
    public PlanDirectory directory() {
        return directory;
    }

    /** Who may call which route. */
    public RoutePolicy policy() {
        return policy;
    }
}
