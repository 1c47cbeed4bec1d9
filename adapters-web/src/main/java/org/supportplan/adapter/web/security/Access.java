package org.supportplan.adapter.web.security;

import java.util.Optional;

import io.javalin.http.Context;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supportplan.application.audit.Actor;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PersonId;

/**
 * The caller of a request the {@link AccessGate} let through, for the routes: who it is (the actor of the audit
 * trail) and the one check a route makes itself, on the person and council of a new plan's body.
 */
public final class Access {

    /** The security log: every refused authentication or authorisation, without personal data. */
    static final Logger LOG = LoggerFactory.getLogger("org.supportplan.security");

    /** Problem type: no valid bearer token. */
    public static final String UNAUTHENTICATED = "urn:supportplan:problem:unauthenticated";
    /** Problem type: the caller's role may not do this, or not for this person or council. */
    public static final String FORBIDDEN = "urn:supportplan:problem:forbidden";
    /** Problem type of a 404; the same as the routes' own, so a hidden plan looks exactly like a missing one. */
    public static final String NOT_FOUND = "urn:supportplan:problem:not-found";

    private static final String PRINCIPAL = Access.class.getName() + ".principal";

    private Access() {
    }

    /**
     * The authenticated caller.
     *
     * @throws IllegalStateException on a public route (no route there may act for anyone)
     */
    public static Principal principal(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) {
            throw new IllegalStateException("no authenticated caller on " + ctx.method().name() + " " + ctx.endpoints().matchedHttpEndpoint().path);
        }
        return principal;
    }

    /** The authenticated caller, if the access gate has admitted one (it has on every non-public route). */
    public static Optional<Principal> authenticated(Context ctx) {
        return Optional.ofNullable(ctx.attribute(PRINCIPAL));
    }

    /** The caller as the audit trail's actor: {@code http:<role>:<subject>}. */
    public static Actor actor(Context ctx) {
        return principal(ctx).actor();
    }

    /**
     * Refuses (403) a new plan for a person the caller is not linked to, or under a council a care manager does not
     * work for. There is no plan yet to hide, so this is a 403, not a 404.
     */
    public static void requireMayDraft(Context ctx, PersonId person, CouncilId council) {
        Principal caller = principal(ctx);
        boolean linked = caller.role().link() == Role.Link.PEOPLE ? caller.people().contains(person) : caller.covers(council);
        if (!linked) {
            throw forbidden(ctx, caller, caller.role().link() == Role.Link.PEOPLE ? "person-not-linked" : "council-not-covered",
                    "you may only start plans for people you are linked to");
        }
    }

    static void remember(Context ctx, Principal principal) {
        ctx.attribute(PRINCIPAL, principal);
    }

    static AccessRefusal forbidden(Context ctx, Principal caller, String reason, String detail) {
        log(ctx, 403, reason, caller);
        return new AccessRefusal(403, FORBIDDEN, "Forbidden", detail, null);
    }

    /**
     * One line per refusal: the route template (never the path, which may carry ids), the method, the status, a
     * fixed reason code and, once authenticated, the role and opaque subject. Never a token, a claim value or a name.
     */
    static void log(Context ctx, int status, String reason, Principal caller) {
        String route = ctx.endpoints().matchedHttpEndpoint() == null ? "?" : ctx.endpoints().matchedHttpEndpoint().path;
        if (caller == null) {
            LOG.warn("access refused: status={} method={} route={} reason={}", status, ctx.method().name(), route, reason);
        } else {
            LOG.warn("access refused: status={} method={} route={} reason={} role={} subject={}", status, ctx.method().name(),
                    route, reason, caller.role().wire(), caller.subject());
        }
    }
}
