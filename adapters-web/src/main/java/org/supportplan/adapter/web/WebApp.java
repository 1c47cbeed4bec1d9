package org.supportplan.adapter.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supportplan.adapter.web.dto.ProblemDetail;
import org.supportplan.adapter.web.dto.ProblemDetail.FieldError;
import org.supportplan.adapter.web.json.PlanDocumentException;
import org.supportplan.adapter.web.json.PlanJson;
import org.supportplan.application.port.in.CommandRejectedException;
import org.supportplan.application.port.in.DraftPlanCommand;
import org.supportplan.application.port.in.DraftPlanUseCase;
import org.supportplan.application.port.in.FieldViolation;
import org.supportplan.application.port.in.FindPlanUseCase;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * The HTTP API: {@code POST /plans} drafts a plan and {@code GET /plans/{id}} reads one back. Plans are
 * JSON in the {@link PlanJson} format; every error is an RFC 9457 {@code application/problem+json} document.
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
    /** Problem type: the server failed; details are in its log only. */
    public static final String INTERNAL = "urn:supportplan:problem:internal";

    /** The media type of every error body. */
    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    private final DraftPlanUseCase drafts;
    private final FindPlanUseCase finder;
    private final PlanJson json;
    private final ObjectMapper problems;

    private WebApp(DraftPlanUseCase drafts, FindPlanUseCase finder, PlanJson json) {
        this.drafts = Objects.requireNonNull(drafts, "drafts");
        this.finder = Objects.requireNonNull(finder, "finder");
        this.json = Objects.requireNonNull(json, "json");
        this.problems = json.mapper();
    }

    /**
     * The configured, unstarted app. Start it with {@code start(host, port)} and stop it with {@code stop()};
     * the caller chooses the host to bind (the loopback address unless it is meant to be reachable).
     */
    public static Javalin create(DraftPlanUseCase drafts, FindPlanUseCase finder) {
        WebApp web = new WebApp(drafts, finder, new PlanJson());
        return Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(web.problems, false));
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.prefer405over404 = true; // GET /plans answers 405, not 404

            cfg.routes.post("/plans", web::draft);
            cfg.routes.get("/plans/{id}", web::find);

            cfg.routes.exception(PlanDocumentException.class, web::documentRefused);
            cfg.routes.exception(CommandRejectedException.class, web::commandRejected);
            cfg.routes.exception(HttpResponseException.class, web::httpError);
            cfg.routes.exception(Exception.class, web::unexpected);
            cfg.router.javaLangErrorHandler(web::fatal); // Errors (not Exceptions) bypass the handlers above
        });
    }

    private void draft(Context ctx) {
        if (!isJson(ctx.contentType())) {
            problem(ctx, 415, UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "send the plan as application/json", null);
            return;
        }
        // bodyAsBytes enforces the configured maximum request size (413 beyond it).
        DraftPlanCommand command = json.readDraft(new ByteArrayInputStream(ctx.bodyAsBytes()));
        SupportPlan plan = drafts.draftPlan(command);
        ctx.status(201).header(Header.LOCATION, "/plans/" + plan.id());
        planBody(ctx, plan);
    }

    private void find(Context ctx) {
        // A syntactically invalid id answers 404 like an unknown one: no plan can exist at that address,
        // and a 404 tells a caller nothing about which ids are valid or taken.
        Optional<SupportPlan> plan;
        try {
            plan = finder.findPlan(PlanId.parse(ctx.pathParam("id")));
        } catch (InvalidValueException e) {
            plan = Optional.empty();
        }
        if (plan.isEmpty()) {
            problem(ctx, 404, NOT_FOUND, "Not found", "there is no plan with this id", null);
            return;
        }
        ctx.status(200);
        planBody(ctx, plan.get());
    }

    private void planBody(Context ctx, SupportPlan plan) {
        ctx.header(Header.CACHE_CONTROL, "no-store") // plans hold personal data: no shared or browser caches
                .contentType("application/json")
                .result(json.write(plan));
    }

    private void documentRefused(PlanDocumentException e, Context ctx) {
        if (e.kind() == PlanDocumentException.Kind.MALFORMED) {
            problem(ctx, 400, MALFORMED_JSON, "Malformed JSON", "the body is not a plan document; see errors",
                    e.violations());
        } else {
            problem(ctx, 400, INVALID_REQUEST, "Invalid request", "one or more fields break a rule; see errors",
                    e.violations());
        }
    }

    private void commandRejected(CommandRejectedException e, Context ctx) {
        List<FieldViolation> rooted = e.violations().stream()
                .map(v -> new FieldViolation(v.path().isEmpty() ? "$" : "$." + v.path(), v.rule(), v.message()))
                .toList();
        problem(ctx, 400, INVALID_REQUEST, "Invalid request", "one or more fields break a rule; see errors", rooted);
    }

    private void httpError(HttpResponseException e, Context ctx) {
        // Javalin's own refusals (no route, wrong method, body too large); its messages are not echoed.
        switch (e.getStatus()) {
            case 404 -> problem(ctx, 404, NOT_FOUND, "Not found", "there is nothing at this address", null);
            case 405 -> {
                // RFC 9110 asks for an Allow header; Javalin passes the methods in the exception's details.
                e.getDetails().values().stream().findFirst().ifPresent(allowed -> ctx.header(Header.ALLOW, allowed));
                problem(ctx, 405, METHOD_NOT_ALLOWED, "Method not allowed",
                        ctx.method().name() + " is not allowed at this address", null);
            }
            case 413 -> problem(ctx, 413, TOO_LARGE, "Content too large", "the body is larger than the server accepts", null);
            default -> problem(ctx, e.getStatus(), "about:blank", HttpStatus.forStatus(e.getStatus()).getMessage(),
                    "the request was refused", null);
        }
    }

    private void unexpected(Exception e, Context ctx) {
        // The body says nothing about the failure; the log has it (with the path, which holds no personal data).
        LOG.error("unexpected failure answering {} {}", ctx.method().name(), ctx.path(), e);
        problem(ctx, 500, INTERNAL, "Internal server error", "the server could not answer; the failure is logged", null);
    }

    private void fatal(HttpServletResponse res, Error error) {
        LOG.error("fatal error answering a request", error);
        if (res.isCommitted()) {
            return;
        }
        try {
            res.resetBuffer();
            res.setStatus(500);
            res.setHeader(Header.CACHE_CONTROL, "no-store");
            res.setContentType(PROBLEM_JSON);
            res.getOutputStream().write(problems.writeValueAsBytes(new ProblemDetail(INTERNAL, "Internal server error", 500,
                    "the server could not answer; the failure is logged", null, null)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not write the problem for a fatal error", e);
        }
    }

    private void problem(Context ctx, int status, String type, String title, String detail, List<FieldViolation> errors) {
        ProblemDetail body = new ProblemDetail(type, title, status, detail, ctx.path(), errors == null ? null
                : errors.stream().map(v -> new FieldError(v.path(), v.rule(), v.message())).toList());
        String text;
        try {
            text = problems.writeValueAsString(body);
        } catch (JsonProcessingException impossible) {
            text = "{\"type\":\"" + INTERNAL + "\",\"status\":500}";
            status = 500;
        }
        ctx.status(status).header(Header.CACHE_CONTROL, "no-store").contentType(PROBLEM_JSON).result(text);
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return mediaType.toLowerCase(Locale.ROOT).equals("application/json");
    }
}
