package org.supportplan.adapter.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;

import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.handler.GracefulHandler;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supportplan.adapter.web.dto.CheckReportResponse.FindingDto;
import org.supportplan.adapter.web.dto.ProblemDetail.FieldError;
import org.supportplan.adapter.web.dto.ProblemDetail;
import org.supportplan.adapter.web.idempotency.IdempotencyKeys;
import org.supportplan.adapter.web.json.CommandJson;
import org.supportplan.adapter.web.json.PlanDocumentException;
import org.supportplan.adapter.web.json.PlanJson;
import org.supportplan.adapter.web.limits.ProblemErrorHandler;
import org.supportplan.adapter.web.metrics.HttpMetrics;
import org.supportplan.adapter.web.limits.RequestLimits;
import org.supportplan.adapter.web.openapi.ApiDocs;
import org.supportplan.adapter.web.security.Access;
import org.supportplan.adapter.web.security.AccessGate;
import org.supportplan.adapter.web.security.Security;
import org.supportplan.application.audit.Actor;
import org.supportplan.application.port.ChangeContext;
import org.supportplan.application.port.ExpectedRevision;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.StoredPlan;
import org.supportplan.application.port.in.AccountUseCase;
import org.supportplan.application.port.in.CheckOutcome;
import org.supportplan.application.port.in.CheckPlanUseCase;
import org.supportplan.application.port.in.CommandRejectedException;
import org.supportplan.application.port.in.CouncilUseCase;
import org.supportplan.application.port.in.DatedPlanCommand;
import org.supportplan.application.port.in.DraftPlanCommand;
import org.supportplan.application.port.in.DraftPlanUseCase;
import org.supportplan.application.port.in.EditPlanCommand;
import org.supportplan.application.port.in.FieldViolation;
import org.supportplan.application.port.in.FindPlanUseCase;
import org.supportplan.application.port.in.PlanChange;
import org.supportplan.application.port.in.PlanCommand;
import org.supportplan.application.port.in.PlanLifecycleUseCase;
import org.supportplan.application.port.in.ReturnPlanCommand;
import org.supportplan.application.port.in.ReviewUseCase;
import org.supportplan.application.port.in.SignOffCommand;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.signoff.Finding;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * The HTTP API (see {@code docs/http-api.md}): drafting, reading, editing and moving support plans
 * through their lifecycle, the sign-off check, the council profiles, reviews ({@link ReviewRoutes}) and
 * direct-payment accounts with their transactions and audits ({@link AccountRoutes}). Plans are JSON in the
 * {@link PlanJson} format; every error is an RFC 9457 {@code application/problem+json} document. A plan's
 * revision is its {@code ETag}, and every change must name the revision it is based on with {@code If-Match}
 * (RFC 9110 conditional requests), so no change overwrites another one its author has not seen.
 */
public final class WebApp {

    /** Problem type: the body breaks a field rule. */
    public static final String INVALID_REQUEST = "urn:supportplan:problem:invalid-request";
    /** Problem type: the body is not the expected JSON. */
    public static final String MALFORMED_JSON = "urn:supportplan:problem:malformed-json";
    /** Problem type: nothing at this address. */
    public static final String NOT_FOUND = "urn:supportplan:problem:not-found";
    /** Problem type: the address exists but not for this method. */
    public static final String METHOD_NOT_ALLOWED = "urn:supportplan:problem:method-not-allowed";
    /** Problem type: the body is not {@code application/json}. */
    public static final String UNSUPPORTED_MEDIA_TYPE = "urn:supportplan:problem:unsupported-media-type";
    /** Problem type: the body is larger than the server accepts. */
    public static final String TOO_LARGE = "urn:supportplan:problem:too-large";
    /** Problem type: a lifecycle rule refused the change (members {@code rule}, {@code source}, {@code sourceKind}). */
    public static final String REFUSED = "urn:supportplan:problem:refused";
    /** Problem type: the sign-off check found problems (member {@code findings}). */
    public static final String NOT_AGREEABLE = "urn:supportplan:problem:not-agreeable";
    /** Problem type: no profile is installed for the council (member {@code councils}). */
    public static final String UNKNOWN_COUNCIL = "urn:supportplan:problem:unknown-council";
    /** Problem type: a change did not say which revision of the plan it is based on ({@code If-Match}). */
    public static final String PRECONDITION_REQUIRED = "urn:supportplan:problem:precondition-required";
    /** Problem type: the plan changed since the revision a change is based on (members {@code currentETag}, {@code currentRevision}). */
    public static final String STALE = "urn:supportplan:problem:stale";
    /** Problem type: this transactions file was imported into the account before (members {@code fileSha256}, {@code importedAt}). */
    public static final String ALREADY_IMPORTED = "urn:supportplan:problem:already-imported";
    /** Problem type: the uploaded file cannot be read as transactions at all; nothing was imported. */
    public static final String UNREADABLE_TRANSACTIONS = "urn:supportplan:problem:unreadable-transactions";
    /** Problem type: no valid bearer token (401, with {@code WWW-Authenticate: Bearer}). */
    public static final String UNAUTHENTICATED = Access.UNAUTHENTICATED;
    /** Problem type: the caller's role may not do this, or not for this person or council (403). */
    public static final String FORBIDDEN = Access.FORBIDDEN;
    /** Problem type: the service cannot serve now (its store does not answer). */
    public static final String NOT_READY = "urn:supportplan:problem:not-ready";
    /** Problem type: the server failed; details are in its log only. */
    public static final String INTERNAL = "urn:supportplan:problem:internal";

    /** The media type of every error body. */
    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    /**
     * The revision a change is based on when the {@code If-Match} names none the API could have issued (only
     * weak or foreign tags): no plan is written 2^63-1 times, so the use case finds the change stale and
     * answers with the current revision (or that there is no such plan), writing nothing.
     */
    private static final Revision NEVER_CURRENT = new Revision(Long.MAX_VALUE);

    /** How many times a change is decided when other changes keep landing first on revisions its If-Match allows. */
    private static final int CHANGE_ATTEMPTS = 5;

    /**
     * The use cases the API serves.
     *
     * @param drafts starts new plans
     * @param finder reads plans and their versions
     * @param lifecycle edits, submits, returns, signs off, activates, ends and revises plans
     * @param checks runs the sign-off check on plan documents (stored plans are checked through {@code lifecycle})
     * @param councils lists the council profiles
     * @param reviews records reviews, review requests and agreed intervals; schedules and caseloads
     * @param accounts opens, assesses, imports into and audits direct-payment accounts; reads audit reports
     * @param transactions reads uploaded transactions files (the composition root adapts the CSV reader)
     */
    public record UseCases(DraftPlanUseCase drafts, FindPlanUseCase finder, PlanLifecycleUseCase lifecycle,
                           CheckPlanUseCase checks, CouncilUseCase councils, ReviewUseCase reviews,
                           AccountUseCase accounts, TransactionReader transactions) {

        /** Requires every use case. */
        public UseCases {
            Objects.requireNonNull(drafts, "drafts");
            Objects.requireNonNull(finder, "finder");
            Objects.requireNonNull(lifecycle, "lifecycle");
            Objects.requireNonNull(checks, "checks");
            Objects.requireNonNull(councils, "councils");
            Objects.requireNonNull(reviews, "reviews");
            Objects.requireNonNull(accounts, "accounts");
            Objects.requireNonNull(transactions, "transactions");
        }
    }

    private final UseCases useCases;
    private final PlanJson json = new PlanJson();
    private final CommandJson commands = new CommandJson();
    private final ObjectMapper problems = json.mapper();

    private WebApp(UseCases useCases) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
    }

    /**
     * The configured, unstarted app. Start it with {@code start(host, port)} and stop it with {@code stop()};
     * the caller chooses the host to bind (the loopback address unless it is meant to be reachable). Every route
     * is behind {@code security} (see {@code docs/security.md}).
     *
     * @throws org.supportplan.adapter.web.security.RoutePolicy.UndeclaredRoutesException when a route has no access rule
     */
    public static Javalin create(UseCases useCases, Security security) {
        return create(useCases, security, WebSettings.defaults(), Readiness.ALWAYS);
    }

    /**
     * As {@link #create(UseCases, Security)}, with these request limits and idempotency settings (ADR 0019) and
     * {@code GET /health/ready} asking {@code readiness}; {@code GET /metrics} shows its requests only (no JVM meters).
     */
    public static Javalin create(UseCases useCases, Security security, WebSettings settings, Readiness readiness) {
        return create(useCases, security, settings, readiness, HttpMetrics.requestsOnly());
    }

    /**
     * As {@link #create(UseCases, Security, WebSettings, Readiness)}, recording every request in {@code metrics} and
     * serving them at {@code GET /metrics} (to the monitoring role). Stopping the app is graceful: requests already
     * running get {@code settings.stopTimeout()} to finish while new ones are refused with 503.
     */
    public static Javalin create(UseCases useCases, Security security, WebSettings settings, Readiness readiness,
                                 HttpMetrics metrics) {
        WebApp web = new WebApp(useCases);
        RequestLimits limits = new RequestLimits(settings.maxJsonBytes(), settings.maxUploadBytes(), AccountRoutes.UPLOAD);
        IdempotencyKeys keys = new IdempotencyKeys(settings.clock(), settings.idempotencyRetention(),
                settings.idempotencyMaxKeys(), settings.caller(), limits::body, web::problem);
        ReviewRoutes reviews = new ReviewRoutes(web, useCases);
        AccountRoutes accounts = new AccountRoutes(web, useCases, limits);
        AccessGate gate = new AccessGate(security, web::problem);
        return gate.guard(Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(web.problems, false));
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.prefer405over404 = true; // GET /plans answers 405, not 404
            cfg.http.maxRequestSize = limits.maxJsonBytes();
            cfg.routes.before(limits::refuseDeclaredOversize);
            cfg.routes.after(limits::finishReading);
            cfg.jetty.modifyServer(server -> {
                server.setErrorHandler(new ProblemErrorHandler());
                // Graceful stop: Javalin attaches its handler inside this one, which refuses new requests (503) and
                // lets running ones finish within the stop timeout before the connectors close.
                server.setHandler(new GracefulHandler());
                server.setStopTimeout(settings.stopTimeout().toMillis());
            });
            cfg.requestLogger.http(metrics::record);
            gate.install(cfg.routes); // authentication and authorisation before every matched route

            // Liveness: the process answers. Readiness: the store answers too. Neither needs a token nor says more.
            cfg.routes.get("/health/live", ctx -> ctx.json(java.util.Map.of("status", "UP")));
            cfg.routes.get("/health/ready", ctx -> {
                try {
                    readiness.check();
                    ctx.json(java.util.Map.of("status", "UP"));
                } catch (Exception e) {
                    LOG.warn("not ready: {}", e.getMessage());
                    web.problem(ctx, ProblemDetail.of(NOT_READY, "Not ready", 503,
                            "the service cannot reach its store; try another instance or later", ctx.path()));
                }
            });
            // After the gate: a key is only looked up for an authenticated, authorised caller.
            keys.install(cfg.routes, "/plans", "/plans/{id}/revise", "/plans/{id}/reviews", "/plans/{id}/review-requests",
                    "/plans/{id}/accounts", AccountRoutes.UPLOAD, "/accounts/{id}/audits");
            new ApiDocs(web::notFound).install(cfg.routes); // GET /openapi.json, /docs (ADR 0018)
            metrics.install(cfg.routes); // GET /metrics

            cfg.routes.post("/plans", web::draft);
            cfg.routes.get("/plans/{id}", web::latest);
            cfg.routes.get("/plans/{id}/versions", web::history);
            cfg.routes.get("/plans/{id}/versions/{version}", web::version);
            cfg.routes.put("/plans/{id}/content", web::editContent);
            cfg.routes.post("/plans/{id}/submit", ctx -> web.change(ctx, (id, req) -> {
                PlanCommand command = new PlanCommand(id);
                return context -> web.lifecycle().submit(command, context);
            }));
            cfg.routes.post("/plans/{id}/return", ctx -> web.change(ctx, (id, req) -> {
                ReturnPlanCommand command = web.commands.readReturn(id, jsonBody(req));
                return context -> web.lifecycle().returnPlan(command, context);
            }));
            cfg.routes.post("/plans/{id}/sign-off", ctx -> web.change(ctx, (id, req) -> {
                SignOffCommand command = web.commands.readSignOff(id, jsonBody(req));
                return context -> web.lifecycle().signOff(command, context);
            }));
            cfg.routes.post("/plans/{id}/activate", ctx -> web.change(ctx, (id, req) -> {
                DatedPlanCommand command = web.commands.readActivation(id, jsonBody(req));
                return context -> web.lifecycle().activate(command, context);
            }));
            cfg.routes.post("/plans/{id}/end", ctx -> web.change(ctx, (id, req) -> {
                DatedPlanCommand command = web.commands.readEnd(id, jsonBody(req));
                return context -> web.lifecycle().end(command, context);
            }));
            cfg.routes.post("/plans/{id}/revise", web::revise);
            cfg.routes.post("/plans/{id}/reviews", reviews::record);
            cfg.routes.get("/plans/{id}/reviews", reviews::list);
            cfg.routes.get("/plans/{id}/reviews/{reviewId}", reviews::one);
            cfg.routes.post("/plans/{id}/review-requests", reviews::request);
            cfg.routes.put("/plans/{id}/review-interval", reviews::agreeInterval);
            cfg.routes.get("/plans/{id}/review-schedule", reviews::schedule);
            cfg.routes.get("/councils/{id}/reviews/due", reviews::caseload);
            cfg.routes.post("/plans/{id}/accounts", accounts::open);
            cfg.routes.get("/accounts/{id}", accounts::account);
            cfg.routes.put("/accounts/{id}/monitoring", accounts::assess);
            cfg.routes.post(AccountRoutes.UPLOAD, accounts::importTransactions);
            cfg.routes.post("/accounts/{id}/audits", accounts::audit);
            cfg.routes.get("/accounts/{id}/audits", accounts::reports);
            cfg.routes.get("/audits/{reportId}", accounts::report);
            cfg.routes.get("/plans/{id}/check", web::checkStored);
            cfg.routes.post("/checks", web::checkDocument);
            cfg.routes.get("/councils", web::councils);
            cfg.routes.get("/councils/{id}", web::council);

            cfg.routes.exception(PlanDocumentException.class, web::documentRefused);
            cfg.routes.exception(CommandRejectedException.class, web::commandRejected);
            cfg.routes.exception(InvalidValueException.class, web::valueRefused);
            cfg.routes.exception(HttpResponseException.class, web::httpError);
            cfg.routes.exception(Exception.class, web::unexpected);
            cfg.router.javaLangErrorHandler(web::fatal); // Errors (not Exceptions) bypass the handlers above
        }));
    }

    private PlanLifecycleUseCase lifecycle() {
        return useCases.lifecycle();
    }

    // ---- plans

    private void draft(Context ctx) {
        DraftPlanCommand command = json.readDraft(jsonBody(ctx));
        Access.requireMayDraft(ctx, command.personId(), command.councilId());
        StoredPlan stored = useCases.drafts().draftPlan(command, RequestActor.of(ctx));
        String path = planPath(stored.plan().id());
        ctx.status(201).header(Header.LOCATION, path).header(Header.CONTENT_LOCATION, path);
        planJson(ctx, stored.plan(), stored.revision());
    }

    private void latest(Context ctx) {
        Optional<StoredPlan> stored = planId(ctx).flatMap(id -> useCases.finder().findPlan(id, RequestActor.of(ctx)));
        if (stored.isEmpty()) {
            planNotFound(ctx);
            return;
        }
        planJson(ctx.status(200), stored.get().plan(), stored.get().revision());
    }

    private void history(Context ctx) {
        // No ETag: the versions come without the revision they were read at, so no honest tag can be given.
        List<SupportPlan> versions = planId(ctx).map(id -> useCases.finder().history(id, RequestActor.of(ctx))).orElse(List.of());
        if (versions.isEmpty()) {
            planNotFound(ctx);
            return;
        }
        privateJson(ctx.status(200), json.writeHistory(versions));
    }

    private void version(Context ctx) {
        String number = ctx.pathParam("version");
        // Digits only, and few enough to be an int: anything else cannot name a version.
        Optional<SupportPlan> plan = number.matches("[1-9]\\d{0,8}")
                ? planId(ctx).flatMap(id -> useCases.finder().findVersion(id, Integer.parseInt(number), RequestActor.of(ctx)))
                : Optional.empty();
        if (plan.isEmpty()) {
            problem(ctx, ProblemDetail.of(NOT_FOUND, "Not found", 404, "there is no such version of this plan", ctx.path()));
            return;
        }
        // No ETag: the plan's tag names its latest version, and an earlier one under it would be a different body.
        privateJson(ctx.status(200), json.write(plan.get()));
    }

    private void editContent(Context ctx) {
        change(ctx, (id, req) -> {
            // The stored plan is needed first: the document's person and council must be the plan's own.
            Optional<StoredPlan> stored = useCases.finder().findPlan(id, RequestActor.of(req));
            if (stored.isEmpty()) {
                return context -> new PlanChange.NotFound(id);
            }
            SupportPlan plan = stored.get().plan();
            EditPlanCommand command = new EditPlanCommand(id, json.readContent(jsonBody(req), plan.person(), plan.council()));
            return context -> lifecycle().edit(command, context);
        });
    }

    private void revise(Context ctx) {
        change(ctx, (id, req) -> {
            PlanCommand command = new PlanCommand(id);
            return context -> lifecycle().revise(command, context);
        }, changed -> ctx.status(201).header(Header.LOCATION,
                planPath(changed.plan().id()) + "/versions/" + changed.plan().version()));
    }

    /**
     * Reads a change request into the change it asks for, made under the context the {@code If-Match} gives;
     * refusals of the request itself (its body) are thrown as for any route.
     */
    @FunctionalInterface
    private interface ChangeRequest {
        Function<ChangeContext, PlanChange> read(PlanId id, Context ctx);
    }

    private void change(Context ctx, ChangeRequest request) {
        change(ctx, request, changed -> ctx.status(200));
    }

    /**
     * A route that changes a plan: the id, then the {@code If-Match} (428 without one, 400 when malformed or
     * when an {@code If-None-Match} is sent too), then the body, then the change itself, which the use case
     * refuses as stale (412) when the plan is no longer at a revision the {@code If-Match} allows, even if it
     * moved on while this request was served.
     */
    private void change(Context ctx, ChangeRequest request, Consumer<PlanChange.Changed> success) {
        Optional<Conditional> conditional = conditional(ctx);
        if (conditional.isEmpty()) {
            return;
        }
        PlanId id = conditional.get().id();
        Function<ChangeContext, PlanChange> step = request.read(id, ctx);
        answer(ctx, madeUnder(conditional.get().condition(), RequestActor.of(ctx), step,
                change -> change instanceof PlanChange.Stale stale ? stale.current() : null), success);
    }

    /**
     * The plan and the If-Match of a request that changes a plan.
     *
     * @param id the plan in the address
     * @param condition the revisions the change may be based on ({@code *} or a list of tags)
     */
    record Conditional(PlanId id, IfMatch condition) {
    }

    /**
     * The plan id and the conditional headers of a change, checked in that order; empty once the request has been
     * answered (404 for an id that is not one, 428 without {@code If-Match}, 400 for a malformed one or an
     * {@code If-None-Match}).
     */
    Optional<Conditional> conditional(Context ctx) {
        Optional<PlanId> id = planId(ctx);
        if (id.isEmpty()) {
            planNotFound(ctx);
            return Optional.empty();
        }
        IfMatch condition = IfMatch.of(Collections.list(ctx.req().getHeaders(IfMatch.FIELD)));
        if (condition instanceof IfMatch.Absent) {
            problem(ctx, ProblemDetail.of(PRECONDITION_REQUIRED, "Precondition required", 428,
                    "a change must say which revision of the plan it is based on: send If-Match with the ETag of "
                            + planPath(id.get()) + " (or If-Match: * to change whatever revision is current)", ctx.path()));
            return Optional.empty();
        }
        if (condition instanceof IfMatch.Malformed malformed) {
            fieldProblem(ctx, INVALID_REQUEST, "Invalid request", "the If-Match header is malformed; see errors",
                    List.of(new FieldViolation(IfMatch.FIELD, "http.if-match", malformed.reason())));
            return Optional.empty();
        }
        if (ctx.req().getHeader(Header.IF_NONE_MATCH) != null) {
            // Javalin answers 304 to any response whose ETag equals the If-None-Match, even a change just made.
            fieldProblem(ctx, INVALID_REQUEST, "Invalid request", "a change is conditional on If-Match only; see errors",
                    List.of(new FieldViolation(Header.IF_NONE_MATCH, "http.if-none-match",
                            "If-None-Match is not supported on a change: send If-Match with the plan's ETag")));
            return Optional.empty();
        }
        return Optional.of(new Conditional(id.get(), condition));
    }

    /**
     * Makes the change based on a revision the {@code If-Match} allows. The use case refuses a change whose
     * revision is no longer current as stale, naming the current one and writing nothing ({@code staleAt} reads
     * it, or gives null for any other outcome); when the {@code If-Match} allows that one too ({@code *}, or a
     * list naming it), the change is decided again on it, as the condition holds at the moment of the write. A
     * plan that keeps changing ends the retries.
     */
    static <T> T madeUnder(IfMatch condition, Actor actor, Function<ChangeContext, T> step, Function<T, Revision> staleAt) {
        Predicate<Revision> allowed;
        ExpectedRevision basedOn;
        if (condition instanceof IfMatch.OneOf listed) {
            allowed = listed.revisions()::contains;
            basedOn = ExpectedRevision.of(listed.revisions().stream().max(Comparator.naturalOrder()).orElse(NEVER_CURRENT));
        } else {
            allowed = revision -> true;
            basedOn = ExpectedRevision.latest();
        }
        for (int attempt = 1; ; attempt++) {
            T change = step.apply(new ChangeContext(actor, basedOn));
            Revision current = staleAt.apply(change);
            if (current == null || !allowed.test(current) || attempt == CHANGE_ATTEMPTS) {
                return change;
            }
            basedOn = ExpectedRevision.of(current);
        }
    }

    /** 412: the plan is at {@code current}, not a revision the change was based on; nothing was written. */
    void stale(Context ctx, Revision current) {
        String tag = IfMatch.etag(current);
        ctx.header(Header.ETAG, tag);
        problem(ctx, new ProblemDetail(STALE, "Plan changed", 412,
                "the plan has changed since the revision this change is based on; it is now at revision " + current
                        + " (ETag " + tag + "): read it again and decide again", ctx.path(),
                null, null, null, null, null, null, tag, current.value(), null, null));
    }

    /** 409: a rule refused the request; nothing was written. */
    void refused(Context ctx, RuleId rule, String reason, RuleSource source) {
        problem(ctx, new ProblemDetail(REFUSED, "Refused by a rule", 409, reason, ctx.path(), null,
                rule.value(), source.citation(), source.kind().name(), null, null, null, null, null, null));
    }

    private void answer(Context ctx, PlanChange change, Consumer<PlanChange.Changed> success) {
        if (change instanceof PlanChange.Changed changed) {
            success.accept(changed);
            // The body is the plan's new state: Content-Location says so, and the ETag is that plan's.
            ctx.header(Header.CONTENT_LOCATION, planPath(changed.plan().id()));
            planJson(ctx, changed.plan(), changed.revision());
        } else if (change instanceof PlanChange.Stale stale) {
            stale(ctx, stale.current());
        } else if (change instanceof PlanChange.NotFound) {
            planNotFound(ctx);
        } else if (change instanceof PlanChange.Refused refused) {
            refused(ctx, refused.rule(), refused.reason(), refused.source());
        } else {
            List<Finding> findings = ((PlanChange.NotAgreeable) change).report().findings();
            problem(ctx, new ProblemDetail(NOT_AGREEABLE, "Plan cannot be agreed", 422,
                    "the sign-off check found " + findings.size() + " problem(s); see findings", ctx.path(), null,
                    null, null, null, findings.stream().map(WebApp::finding).toList(), null, null, null, null, null));
        }
    }

    // ---- checks

    private void checkStored(Context ctx) {
        Optional<PlanId> id = planId(ctx);
        if (id.isEmpty()) {
            planNotFound(ctx);
            return;
        }
        report(ctx, lifecycle().check(new PlanCommand(id.get()), RequestActor.of(ctx)));
    }

    private void checkDocument(Context ctx) {
        DraftPlanCommand document = json.readDraft(jsonBody(ctx));
        report(ctx, useCases.checks().check(document.councilId(), document.content()));
    }

    private void report(Context ctx, CheckOutcome outcome) {
        if (outcome instanceof CheckOutcome.Checked checked) {
            privateJson(ctx.status(200), json.writeReport(checked.report()));
        } else if (outcome instanceof CheckOutcome.UnknownCouncil unknown) {
            List<String> known = unknown.known().stream().map(CouncilId::value).toList();
            problem(ctx, new ProblemDetail(UNKNOWN_COUNCIL, "Unknown council", 422,
                    "no profile is installed for the council " + unknown.council() + "; installed: " + String.join(", ", known),
                    ctx.path(), null, null, null, null, null, known, null, null, null, null));
        } else {
            planNotFound(ctx);
        }
    }

    // ---- councils

    private void councils(Context ctx) {
        ctx.status(200).contentType("application/json").result(json.writeCouncils(useCases.councils().councils()));
    }

    private void council(Context ctx) {
        Optional<CouncilProfile> profile;
        try {
            profile = useCases.councils().council(CouncilId.of(ctx.pathParam("id")));
        } catch (InvalidValueException e) {
            profile = Optional.empty(); // not a council id, so no council is there
        }
        if (profile.isEmpty()) {
            problem(ctx, ProblemDetail.of(NOT_FOUND, "Not found", 404, "there is no council profile with this id", ctx.path()));
            return;
        }
        ctx.status(200).contentType("application/json").result(json.writeCouncil(profile.get()));
    }

    // ---- helpers

    /**
     * The plan id in the address, or empty when it is not one. A syntactically invalid id answers 404
     * like an unknown one: no plan can exist at that address, and a 404 says nothing about which ids exist.
     */
    static Optional<PlanId> planId(Context ctx) {
        try {
            return Optional.of(PlanId.parse(ctx.pathParam("id")));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /** The request body, which must be present and JSON. */
    static InputStream jsonBody(Context ctx) {
        // bodyAsBytes enforces the configured maximum request size (413 beyond it).
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new PlanDocumentException(PlanDocumentException.Kind.MALFORMED,
                    List.of(new FieldViolation("$", "json.single-object", "a JSON object is required as the body")));
        }
        if (!isJson(ctx.contentType())) {
            throw new HttpResponseException(415, "Unsupported media type"); // answered by httpError
        }
        return new ByteArrayInputStream(body);
    }

    static String planPath(PlanId id) {
        return "/plans/" + id;
    }

    /** A plan's latest version with its ETag (the plan's revision). */
    private void planJson(Context ctx, SupportPlan plan, Revision revision) {
        ctx.header(Header.ETAG, IfMatch.etag(revision));
        privateJson(ctx, json.write(plan));
    }

    void planNotFound(Context ctx) {
        notFound(ctx, "there is no plan with this id");
    }

    /** 404 with {@code detail}. */
    void notFound(Context ctx, String detail) {
        problem(ctx, ProblemDetail.of(NOT_FOUND, "Not found", 404, detail, ctx.path()));
    }

    /** A body holding personal data: never stored by shared or browser caches. */
    static void privateJson(Context ctx, String body) {
        ctx.header(Header.CACHE_CONTROL, "no-store").contentType("application/json").result(body);
    }

    private static FindingDto finding(Finding finding) {
        return new FindingDto(finding.rule().value(), finding.source().citation(), finding.source().kind().name(),
                finding.message(), finding.path());
    }

    // ---- errors

    private void documentRefused(PlanDocumentException e, Context ctx) {
        if (e.kind() == PlanDocumentException.Kind.MALFORMED) {
            fieldProblem(ctx, MALFORMED_JSON, "Malformed JSON", "the body is not the expected JSON document; see errors",
                    e.violations());
        } else {
            fieldProblem(ctx, INVALID_REQUEST, "Invalid request", "one or more fields break a rule; see errors",
                    e.violations());
        }
    }

    private void commandRejected(CommandRejectedException e, Context ctx) {
        fieldProblem(ctx, INVALID_REQUEST, "Invalid request", "one or more fields break a rule; see errors",
                e.violations().stream().map(v -> new FieldViolation(rooted(v.path()), v.rule(), v.message())).toList());
    }

    private void valueRefused(InvalidValueException e, Context ctx) {
        // A domain value rule met inside a use case (for example a control character in a return reason).
        fieldProblem(ctx, INVALID_REQUEST, "Invalid request", "one or more fields break a rule; see errors",
                List.of(new FieldViolation(rooted(e.field()), e.ruleId(), e.getMessage())));
    }

    private void httpError(HttpResponseException e, Context ctx) {
        // Javalin's own refusals (no route, wrong method, body too large); its messages are not echoed.
        switch (e.getStatus()) {
            case 404 -> problem(ctx, ProblemDetail.of(NOT_FOUND, "Not found", 404, "there is nothing at this address", ctx.path()));
            case 405 -> {
                // RFC 9110 asks for an Allow header; Javalin passes the methods in the exception's details.
                e.getDetails().values().stream().findFirst().ifPresent(allowed -> ctx.header(Header.ALLOW, allowed));
                problem(ctx, ProblemDetail.of(METHOD_NOT_ALLOWED, "Method not allowed", 405,
                        ctx.method().name() + " is not allowed at this address", ctx.path()));
            }
            case 413 -> problem(ctx, ProblemDetail.of(TOO_LARGE, "Content too large", 413,
                    "the body is larger than the server accepts", ctx.path()));
            case 415 -> problem(ctx, ProblemDetail.of(UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", 415,
                    "send the body as application/json", ctx.path()));
            default -> problem(ctx, ProblemDetail.of("about:blank", HttpStatus.forStatus(e.getStatus()).getMessage(),
                    e.getStatus(), "the request was refused", ctx.path()));
        }
    }

    private void unexpected(Exception e, Context ctx) {
        // The body says nothing about the failure; the log has it, without messages (FailureLog says why).
        String incident = java.util.UUID.randomUUID().toString();
        var route = ctx.endpoints().matchedHttpEndpoint();
        LOG.error("unexpected failure answering {} {} (incident {}): {}", ctx.method().name(),
                route == null ? "(unmatched)" : route.path, incident, FailureLog.describe(e));
        problem(ctx, ProblemDetail.of(INTERNAL, "Internal server error", 500,
                "the server could not answer; the failure is logged as incident " + incident, ctx.path()));
    }

    private void fatal(HttpServletResponse res, Error error) {
        LOG.error("fatal error answering a request: {}", FailureLog.describe(error));
        if (res.isCommitted()) {
            return;
        }
        try {
            res.resetBuffer();
            res.setStatus(500);
            res.setHeader(Header.CACHE_CONTROL, "no-store");
            res.setContentType(PROBLEM_JSON);
            res.getOutputStream().write(problems.writeValueAsBytes(ProblemDetail.of(INTERNAL, "Internal server error", 500,
                    "the server could not answer; the failure is logged", null)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not write the problem for a fatal error", e);
        }
    }

    void fieldProblem(Context ctx, String type, String title, String detail, List<FieldViolation> errors) {
        problem(ctx, new ProblemDetail(type, title, 400, detail, ctx.path(),
                errors.stream().map(v -> new FieldError(v.path(), v.rule(), v.message())).toList(),
                null, null, null, null, null, null, null, null, null));
    }

    void problem(Context ctx, ProblemDetail body) {
        String text;
        int status = body.status();
        try {
            text = problems.writeValueAsString(body);
        } catch (JsonProcessingException impossible) {
            text = "{\"type\":\"" + INTERNAL + "\",\"status\":500}";
            status = 500;
        }
        ctx.status(status).header(Header.CACHE_CONTROL, "no-store").contentType(PROBLEM_JSON).result(text);
    }

    /** A command or domain path such as {@code reasons[0]} as a JSON path. */
    private static String rooted(String path) {
        return path == null || path.isEmpty() ? "$" : path.startsWith("[") ? "$" + path : "$." + path;
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return mediaType.toLowerCase(Locale.ROOT).equals("application/json");
    }

}
