package org.supportplan.adapter.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.javalin.http.Context;
import io.javalin.http.Header;

import org.supportplan.adapter.web.json.ReviewJson;
import org.supportplan.application.port.ChangeContext;
import org.supportplan.application.port.in.FieldViolation;
import org.supportplan.application.port.in.RecordReviewCommand;
import org.supportplan.application.port.in.ReviewChange;
import org.supportplan.application.port.in.ReviewUseCase.CaseloadOutcome;
import org.supportplan.application.port.in.ReviewUseCase.ScheduleOutcome;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.profile.ReviewInterval;
import org.supportplan.domain.review.Review;
import org.supportplan.domain.review.ReviewId;
import org.supportplan.domain.review.ReviewRequest;
import org.supportplan.domain.review.Window;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * The review routes of {@link WebApp}: record a review held (conditional on the plan's {@code ETag}, since it moves
 * the plan's revision on and a minor change starts a new version), list a plan's reviews, record a request for
 * one or an interval agreed with the person, and read a plan's schedule and a council's caseload. Every answer
 * holding a plan's reviews or dates is {@code Cache-Control: no-store}.
 */
final class ReviewRoutes {

    /** The caseload's window when {@code within} is not given. */
    static final String DEFAULT_WINDOW = "30d";

    private final WebApp web;
    private final WebApp.UseCases useCases;
    private final ReviewJson json = new ReviewJson();

    ReviewRoutes(WebApp web, WebApp.UseCases useCases) {
        this.web = web;
        this.useCases = useCases;
    }

    /** {@code POST /plans/{id}/reviews}: 201 with the review, its address and the plan's new ETag. */
    void record(Context ctx) {
        Optional<WebApp.Conditional> conditional = web.conditional(ctx);
        if (conditional.isEmpty()) {
            return;
        }
        PlanId id = conditional.get().id();
        RecordReviewCommand command = json.readReview(id, WebApp.jsonBody(ctx));
        Function<ChangeContext, ReviewChange> step = context -> useCases.reviews().record(command, context);
        ReviewChange change = WebApp.madeUnder(conditional.get().condition(), RequestActor.of(ctx), step,
                outcome -> outcome instanceof ReviewChange.Stale stale ? stale.current() : null);
        if (change instanceof ReviewChange.Recorded recorded) {
            // The ETag is the plan's (the tag of /plans/{id}), so the next change can name it without reading the plan.
            ctx.status(201).header(Header.LOCATION, reviewPath(id, recorded.review().id()))
                    .header(Header.ETAG, IfMatch.etag(recorded.revision()));
            WebApp.privateJson(ctx, json.write(recorded.review()));
        } else {
            refusal(ctx, change);
        }
    }

    /** {@code GET /plans/{id}/reviews}: the plan's reviews, oldest first. */
    void list(Context ctx) {
        Optional<List<Review>> reviews = reviews(ctx);
        if (reviews.isEmpty()) {
            web.planNotFound(ctx);
            return;
        }
        WebApp.privateJson(ctx.status(200), json.write(reviews.get()));
    }

    /** {@code GET /plans/{id}/reviews/{reviewId}}: one review. */
    void one(Context ctx) {
        Optional<Review> review = reviewId(ctx)
                .flatMap(wanted -> reviews(ctx).flatMap(all -> all.stream().filter(r -> r.id().equals(wanted)).findFirst()));
        if (review.isEmpty()) {
            web.notFound(ctx, "there is no such review of this plan");
            return;
        }
        WebApp.privateJson(ctx.status(200), json.write(review.get()));
    }

    /** {@code POST /plans/{id}/review-requests}: 201 with the request; a review is due the day it was made. */
    void request(Context ctx) {
        Optional<PlanId> id = WebApp.planId(ctx);
        if (id.isEmpty()) {
            web.planNotFound(ctx);
            return;
        }
        ReviewRequest request = json.readRequest(WebApp.jsonBody(ctx));
        ReviewChange change = useCases.reviews().request(id.get(), request.requestedOn(), request.requestedBy(), RequestActor.of(ctx));
        if (change instanceof ReviewChange.Requested requested) {
            WebApp.privateJson(ctx.status(201), json.write(requested.plan(), requested.request()));
        } else {
            refusal(ctx, change);
        }
    }

    /** {@code PUT /plans/{id}/review-interval}: 200 with the interval agreed today. */
    void agreeInterval(Context ctx) {
        Optional<PlanId> id = WebApp.planId(ctx);
        if (id.isEmpty()) {
            web.planNotFound(ctx);
            return;
        }
        ReviewInterval interval = json.readInterval(WebApp.jsonBody(ctx));
        ReviewChange change = useCases.reviews().agreeInterval(id.get(), interval, RequestActor.of(ctx));
        if (change instanceof ReviewChange.Agreed agreed) {
            WebApp.privateJson(ctx.status(200), json.write(agreed.plan(), agreed.interval()));
        } else {
            refusal(ctx, change);
        }
    }

    /** {@code GET /plans/{id}/review-schedule}: the reviews due, each with its rule and who set its date. */
    void schedule(Context ctx) {
        Optional<PlanId> id = WebApp.planId(ctx);
        ScheduleOutcome outcome = id.map(plan -> useCases.reviews().schedule(plan, RequestActor.of(ctx))).orElse(null);
        if (outcome instanceof ScheduleOutcome.Scheduled scheduled) {
            WebApp.privateJson(ctx.status(200), json.write(scheduled.schedule()));
        } else if (outcome instanceof ScheduleOutcome.NotInForce notInForce) {
            WebApp.privateJson(ctx.status(200), json.writeNotInForce(notInForce.plan()));
        } else {
            web.planNotFound(ctx);
        }
    }

    /** {@code GET /councils/{id}/reviews/due?within=30d}: the council's overdue reviews and those due in the window. */
    void caseload(Context ctx) {
        Optional<CouncilId> council;
        try {
            council = Optional.of(CouncilId.of(ctx.pathParam("id")));
        } catch (InvalidValueException e) {
            council = Optional.empty(); // not a council id, so no council is there
        }
        if (council.isEmpty()) {
            councilNotFound(ctx);
            return;
        }
        List<String> within = ctx.queryParams("within");
        if (within.size() > 1) {
            web.fieldProblem(ctx, WebApp.INVALID_REQUEST, "Invalid request", "one or more parameters break a rule; see errors",
                    List.of(new FieldViolation("within", "http.query-once", "give within once, such as within=30d")));
            return;
        }
        Window window;
        try {
            window = Window.parse(within.isEmpty() ? DEFAULT_WINDOW : within.get(0));
        } catch (InvalidValueException e) {
            web.fieldProblem(ctx, WebApp.INVALID_REQUEST, "Invalid request", "one or more parameters break a rule; see errors",
                    List.of(new FieldViolation("within", e.ruleId(), e.getMessage())));
            return;
        }
        CaseloadOutcome outcome = useCases.reviews().caseload(council.get(), window, RequestActor.of(ctx));
        if (outcome instanceof CaseloadOutcome.Listed listed) {
            WebApp.privateJson(ctx.status(200), json.write(listed.caseload()));
        } else {
            councilNotFound(ctx);
        }
    }

    /** The review id in the address, or empty when it is not one (no review can have that address). */
    private static Optional<ReviewId> reviewId(Context ctx) {
        try {
            return Optional.of(ReviewId.parse(ctx.pathParam("reviewId")));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    private Optional<List<Review>> reviews(Context ctx) {
        return WebApp.planId(ctx).flatMap(id -> useCases.reviews().reviews(id, RequestActor.of(ctx)));
    }

    /** Any outcome but success: nothing was written. */
    private void refusal(Context ctx, ReviewChange change) {
        if (change instanceof ReviewChange.Stale stale) {
            web.stale(ctx, stale.current());
        } else if (change instanceof ReviewChange.Refused refused) {
            web.refused(ctx, refused.rule(), refused.reason(), refused.source());
        } else {
            web.planNotFound(ctx);
        }
    }

    private void councilNotFound(Context ctx) {
        web.notFound(ctx, "there is no council profile with this id");
    }

    private static String reviewPath(PlanId plan, ReviewId review) {
        return WebApp.planPath(plan) + "/reviews/" + review;
    }
}
