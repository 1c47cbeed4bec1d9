package org.supportplan.adapter.web.security;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.router.Endpoint;

import org.supportplan.adapter.web.dto.ProblemDetail;
import org.supportplan.adapter.web.security.AuthenticationException.Reason;
import org.supportplan.application.port.out.AccountRepository.ReportId;
import org.supportplan.domain.account.AccountId;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * Every route is a door, and this is its lock. Before a matched route runs, the gate finds the route's rule in the
 * {@link RoutePolicy} (by method and path template), authenticates the bearer token (401 with
 * {@code WWW-Authenticate: Bearer}), checks the role (403) and then that the caller is linked to the plan, account or
 * report in the address: when not, the answer is the same 404 as for one that does not exist, so nobody learns
 * that a plan exists by guessing its id. Every response of an authenticated route is {@code Cache-Control: no-store}.
 */
public final class AccessGate {

    private static final String REALM = "Bearer realm=\"supportplan\"";
    private static final String UUID_FORMAT = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final Security security;
    private final BiConsumer<Context, ProblemDetail> problems;

    /**
     * The gate of {@code security}.
     *
     * @param problems writes a problem document (the web adapter's own writer, so every error looks alike)
     */
    public AccessGate(Security security, BiConsumer<Context, ProblemDetail> problems) {
        this.security = Objects.requireNonNull(security, "security");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /** Puts the gate before every matched route and answers its refusals. */
    public void install(RoutesConfig routes) {
        routes.beforeMatched(this::check);
        routes.exception(AccessRefusal.class, this::answer);
    }

    /**
     * Returns {@code app} once every one of its routes has a rule.
     *
     * @throws RoutePolicy.UndeclaredRoutesException when any has none: the service must not start with a door unlocked
     */
    public Javalin guard(Javalin app) {
        security.policy().requireEvery(routes(app));
        return app;
    }

    /** Every HTTP route of {@code app} as {@code METHOD /path}. */
    public static List<String> routes(Javalin app) {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> RoutePolicy.key(endpoint.method.name(), endpoint.path))
                .distinct().sorted().toList();
    }

    private void check(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        Optional<RoutePolicy.Rule> found = security.policy().rule(endpoint.method.name(), endpoint.path);
        if (found.isEmpty()) {
            // Only a route added after start-up could get here; deny it like any undeclared door.
            Access.log(ctx, 403, "undeclared-route", null);
            throw new AccessRefusal(403, Access.FORBIDDEN, "Forbidden", "this route has no access rule", null);
        }
        RoutePolicy.Rule rule = found.get();
        if (rule.isPublic()) {
            return;
        }
        ctx.header(Header.CACHE_CONTROL, "no-store");
        Principal caller = authenticate(ctx);
        Access.remember(ctx, caller);
        if (!rule.roles().contains(caller.role())) {
            throw Access.forbidden(ctx, caller, "role-not-permitted", "a " + caller.role().wire() + " may not do this");
        }
        switch (rule.scope()) {
            case PLAN -> requireLinked(ctx, caller, planId(ctx.pathParam("id")).flatMap(security.directory()::ownerOfPlan),
                    "there is no plan with this id");
            case ACCOUNT -> requireLinked(ctx, caller, accountId(ctx.pathParam("id")).flatMap(security.directory()::ownerOfAccount),
                    "there is no account with this id");
            case REPORT -> requireLinked(ctx, caller, reportId(ctx.pathParam("reportId")).flatMap(security.directory()::ownerOfReport),
                    "there is no audit report with this id");
            case COUNCIL -> {
                Optional<CouncilId> council = councilId(ctx.pathParam("id"));
                if (council.isPresent() && !caller.covers(council.get())) {
                    throw Access.forbidden(ctx, caller, "council-not-covered", "you may only see your own council's caseload");
                }
            }
            case NONE, DRAFT -> {
                // Nothing in the address; a new plan's person and council are checked by its route (Access.requireMayDraft).
            }
        }
    }

    private Principal authenticate(Context ctx) {
        List<String> headers = Collections.list(ctx.req().getHeaders(Header.AUTHORIZATION));
        if (headers.isEmpty()) {
            throw unauthenticated(ctx, Reason.MISSING_TOKEN, REALM);
        }
        String header = headers.get(0);
        if (headers.size() > 1 || header.length() < 8 || !header.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            throw unauthenticated(ctx, Reason.MALFORMED_HEADER, REALM + ", error=\"invalid_request\"");
        }
        String token = header.substring(7).strip();
        try {
            return security.authenticator().authenticate(token);
        } catch (AuthenticationException e) {
            throw unauthenticated(ctx, e.reason(), REALM + ", error=\"invalid_token\"");
        }
    }

    private static AccessRefusal unauthenticated(Context ctx, Reason reason, String challenge) {
        Access.log(ctx, 401, reason.code(), null);
        return new AccessRefusal(401, Access.UNAUTHENTICATED, "Unauthenticated",
                "send a valid bearer token: Authorization: Bearer <token>", challenge);
    }

    /** Lets the request on only when the thing exists and the caller is linked to its plan; else the route's own 404. */
    private static void requireLinked(Context ctx, Principal caller, Optional<PlanOwner> owner, String notFound) {
        if (owner.isPresent() && caller.sees(owner.get())) {
            return;
        }
        if (owner.isPresent()) {
            Access.log(ctx, 404, "not-linked", caller);
        }
        throw new AccessRefusal(404, Access.NOT_FOUND, "Not found", notFound, null);
    }

    private void answer(AccessRefusal refusal, Context ctx) {
        if (refusal.challenge() != null) {
            ctx.header(Header.WWW_AUTHENTICATE, refusal.challenge());
        }
        problems.accept(ctx, ProblemDetail.of(refusal.type(), refusal.title(), refusal.status(), refusal.detail(), ctx.path()));
    }

    private static Optional<PlanId> planId(String text) {
        try {
            return Optional.of(PlanId.parse(text));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    private static Optional<AccountId> accountId(String text) {
        try {
            return Optional.of(AccountId.of(text));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    private static Optional<ReportId> reportId(String text) {
        return text.matches(UUID_FORMAT) ? Optional.of(new ReportId(UUID.fromString(text))) : Optional.empty();
    }

    private static Optional<CouncilId> councilId(String text) {
        try {
            return Optional.of(CouncilId.of(text));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
