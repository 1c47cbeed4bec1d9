package org.supportplan.adapter.web;

import io.javalin.http.Context;

import org.supportplan.adapter.web.security.Access;
import org.supportplan.application.audit.Actor;

/**
 * Who a request acts as, for the audit trail: the authenticated caller as {@code http:<role>:<subject>} (such as
 * {@code http:care-manager:cm-0042}), never a name.
 */
final class RequestActor {

    private RequestActor() {
    }

    /** The actor of {@code ctx}'s request, which the access gate authenticated. */
    static Actor of(Context ctx) {
        return Access.actor(ctx);
    }
}
