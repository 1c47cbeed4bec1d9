package org.supportplan.adapter.web;

import io.javalin.http.Context;

import org.supportplan.application.audit.Actor;

/**
 * Who a request acts as, for the audit trail. The API has no authentication yet, so every request is
 * {@link #ANONYMOUS}; authentication replaces {@link #of} and nothing else.
 */
final class RequestActor {

    /** Every request until the API authenticates its callers. */
    static final Actor ANONYMOUS = Actor.of("http:anonymous");

    private RequestActor() {
    }

    /** The actor of {@code ctx}'s request. */
    static Actor of(Context ctx) {
        return ANONYMOUS;
    }
}
