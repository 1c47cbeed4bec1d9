package org.supportplan.adapter.web.json;

import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;

import org.supportplan.adapter.web.dto.ReviewRequests;
import org.supportplan.adapter.web.mapping.ReviewMapper;
import org.supportplan.application.port.in.CommandRejectedException;
import org.supportplan.application.port.in.RecordReviewCommand;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.profile.ReviewInterval;
import org.supportplan.domain.review.AgreedInterval;
import org.supportplan.domain.review.Caseload;
import org.supportplan.domain.review.Review;
import org.supportplan.domain.review.ReviewRequest;
import org.supportplan.domain.review.ReviewSchedule;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * Reads the review routes' bodies (with {@link PlanJson}'s strict rules) and writes reviews, requests, agreed
 * intervals, schedules and caseloads ({@code docs/http-api.md}). Thread-safe.
 */
public final class ReviewJson {

    private final StrictReader reader = new StrictReader();
    private final ReviewMapper reviews = ReviewMapper.INSTANCE;

    /** The body of {@code POST /plans/{id}/reviews}. */
    public RecordReviewCommand readReview(PlanId planId, InputStream in) {
        ReviewRequests.Record body = reader.read(in, ReviewRequests.Record.class);
        return mapped(() -> reviews.toCommand(planId, body));
    }

    /** The body of {@code POST /plans/{id}/review-requests}. */
    public ReviewRequest readRequest(InputStream in) {
        ReviewRequests.Request body = reader.read(in, ReviewRequests.Request.class);
        return mapped(() -> reviews.toRequest(body));
    }

    /** The body of {@code PUT /plans/{id}/review-interval}. */
    public ReviewInterval readInterval(InputStream in) {
        ReviewRequests.Interval body = reader.read(in, ReviewRequests.Interval.class);
        return mapped(() -> reviews.toInterval(body));
    }

    /** One review. */
    public String write(Review review) {
        return reader.write(reviews.toResponse(review));
    }

    /** A plan's reviews, oldest first, as a JSON array. */
    public String write(List<Review> all) {
        return reader.write(reviews.toResponses(all));
    }

    /** A recorded request. */
    public String write(PlanId plan, ReviewRequest request) {
        return reader.write(reviews.toResponse(plan, request));
    }

    /** An agreed interval. */
    public String write(PlanId plan, AgreedInterval agreed) {
        return reader.write(reviews.toResponse(plan, agreed));
    }

    /** A plan's schedule. */
    public String write(ReviewSchedule schedule) {
        return reader.write(reviews.toResponse(schedule));
    }

    /** The schedule of a plan with no version in force. */
    public String writeNotInForce(PlanId plan) {
        return reader.write(reviews.notInForce(plan));
    }

    /** A council's caseload. */
    public String write(Caseload caseload) {
        return reader.write(reviews.toResponse(caseload));
    }

    private static <T> T mapped(Supplier<T> map) {
        try {
            return map.get();
        } catch (InvalidValueException e) {
            throw StrictReader.invalid(e);
        } catch (CommandRejectedException e) {
            throw StrictReader.invalid(e);
        }
    }
}
