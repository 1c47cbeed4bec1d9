package org.supportplan.adapter.web.mapping;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.mapstruct.Builder;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;
import org.supportplan.adapter.web.dto.CouncilResponse;
import org.supportplan.adapter.web.dto.ReviewRequests;
import org.supportplan.adapter.web.dto.ReviewResponses;
import org.supportplan.application.port.in.RecordReviewCommand;
import org.supportplan.domain.plan.NeedId;
import org.supportplan.domain.plan.OutcomeId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.profile.Provenance;
import org.supportplan.domain.profile.ReviewAnchor;
import org.supportplan.domain.profile.ReviewInterval;
import org.supportplan.domain.review.AgreedInterval;
import org.supportplan.domain.review.BudgetUse;
import org.supportplan.domain.review.Caseload;
import org.supportplan.domain.review.DueReview;
import org.supportplan.domain.review.ParticipantRole;
import org.supportplan.domain.review.Review;
import org.supportplan.domain.review.ReviewKind;
import org.supportplan.domain.review.ReviewOutcome;
import org.supportplan.domain.review.ReviewRequest;
import org.supportplan.domain.review.ReviewSchedule;
import org.supportplan.domain.review.SetBy;
import org.supportplan.domain.review.Unscheduled;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * Maps the review routes' bodies to commands and domain values, and reviews, schedules and caseloads to their
 * wire form. A refusal names its place in the body, such as {@code budgetUse[1]} or {@code outcome.whatChanges}.
 */
@Mapper(uses = WireValues.class, unmappedTargetPolicy = ReportingPolicy.ERROR, builder = @Builder(disableBuilder = true))
public interface ReviewMapper {

    /** The generated implementation. */
    ReviewMapper INSTANCE = Mappers.getMapper(ReviewMapper.class);

    /** Rule: a budget-use entry names exactly one need or one outcome. */
    String BUDGET_USE_TARGET = "review.budget-use-target";
    /** Rule: a minor change says what changes, a significant one why, and no change says neither. */
    String OUTCOME_DETAIL = "review.outcome-detail";

    // ---- bodies to commands

    /** The review held, for the plan in the address. */
    @Mapping(target = "planId", source = "planId")
    @Mapping(target = "heldOn", source = "body.heldOn", qualifiedByName = "heldOn")
    @Mapping(target = "trigger", source = "body.trigger")
    @Mapping(target = "method", source = "body.method")
    @Mapping(target = "participants", source = "body.participants")
    @Mapping(target = "budgetUse", expression = "java(toBudgetUse(body.budgetUse()))")
    @Mapping(target = "outcome", expression = "java(toOutcome(body.outcome()))")
    @Mapping(target = "coversDirectPayment", source = "body.coversDirectPayment")
    RecordReviewCommand toCommand(PlanId planId, ReviewRequests.Record body);

    /** The roles, as a set (a role named twice took part once). */
    Set<ParticipantRole> toRoles(List<String> roles);

    /** Budget use, {@code budgetUse[i]} naming each refusal; omitted means none. */
    default List<BudgetUse> toBudgetUse(List<ReviewRequests.BudgetUse> entries) {
        return entries == null ? List.of() : Paths.each(entries, "budgetUse", this::toBudgetUse);
    }

    /** One entry: exactly one of {@code need} and {@code outcome}. */
    default BudgetUse toBudgetUse(ReviewRequests.BudgetUse entry) {
        if ((entry.need() == null) == (entry.outcome() == null)) {
            throw InvalidValueException.of("", BUDGET_USE_TARGET,
                    "name exactly one need (need) or one outcome (outcome) of the plan for each entry");
        }
        return entry.need() != null
                ? BudgetUse.forNeed(Paths.under("need", () -> NeedId.of(entry.need())), Paths.narrative(entry.howUsed(), "howUsed"))
                : BudgetUse.forOutcome(Paths.under("outcome", () -> OutcomeId.of(entry.outcome())),
                        Paths.narrative(entry.howUsed(), "howUsed"));
    }

    /** What was decided; the text each kind needs, and only that, under {@code outcome}. */
    default ReviewOutcome toOutcome(ReviewRequests.Decision decision) {
        return Paths.under("outcome", () -> switch (ReviewRequests.DecisionKind.valueOf(decision.kind())) {
            case NO_CHANGE -> {
                absent(decision.whatChanges(), "whatChanges", "no change");
                absent(decision.why(), "why", "no change");
                yield ReviewOutcome.NO_CHANGE;
            }
            case MINOR_CHANGE -> {
                absent(decision.why(), "why", "a minor change (say what changes in whatChanges)");
                yield new ReviewOutcome.MinorChange(Paths.narrative(required(decision.whatChanges(), "whatChanges",
                        "a minor change says what is to change in the plan"), "whatChanges"));
            }
            case SIGNIFICANT_CHANGE -> {
                absent(decision.whatChanges(), "whatChanges", "a significant change (say what has changed in why)");
                yield new ReviewOutcome.SignificantChange(Paths.narrative(required(decision.why(), "why",
                        "a significant change says what has changed in the person's needs or circumstances"), "why"));
            }
        });
    }

    /** A request for a review. */
    default ReviewRequest toRequest(ReviewRequests.Request body) {
        return new ReviewRequest(WireValues.requestedOn(body.requestedOn()), ParticipantRole.valueOf(body.requestedBy()));
    }

    /** An interval agreed with the person: always counted from the previous review. */
    default ReviewInterval toInterval(ReviewRequests.Interval body) {
        return new ReviewInterval(body.amount(), ReviewInterval.Unit.valueOf(body.unit()), ReviewAnchor.PREVIOUS_REVIEW);
    }

    private static void absent(String text, String field, String kind) {
        if (text != null) {
            throw InvalidValueException.of(field, OUTCOME_DETAIL, field + " does not belong to " + kind);
        }
    }

    private static String required(String text, String field, String why) {
        if (text == null) {
            throw InvalidValueException.of(field, OUTCOME_DETAIL, field + " is required: " + why);
        }
        return text;
    }

    // ---- domain to wire

    /** A recorded review. */
    @Mapping(target = "id", expression = "java(review.id().toString())")
    @Mapping(target = "planId", source = "plan")
    @Mapping(target = "participants", expression = "java(roles(review.participants()))")
    @Mapping(target = "reassessmentRequested", expression = "java(review.outcome().raisesReassessment())")
    ReviewResponses.Review toResponse(Review review);

    /** Reviews, in the order given. */
    List<ReviewResponses.Review> toResponses(List<Review> reviews);

    /** Roles in their declared order. */
    default List<String> roles(Set<ParticipantRole> roles) {
        return roles.stream().sorted(Comparator.naturalOrder()).map(Enum::name).toList();
    }

    /** One budget-use entry. */
    default ReviewResponses.BudgetUse toDto(BudgetUse use) {
        if (use instanceof BudgetUse.ForNeed forNeed) {
            return new ReviewResponses.BudgetUse(forNeed.need().value(), null, forNeed.howUsed().text());
        }
        BudgetUse.ForOutcome forOutcome = (BudgetUse.ForOutcome) use;
        return new ReviewResponses.BudgetUse(null, forOutcome.outcome().value(), forOutcome.howUsed().text());
    }

    /** What was decided. */
    default ReviewResponses.Decision toDto(ReviewOutcome outcome) {
        if (outcome instanceof ReviewOutcome.MinorChange minor) {
            return new ReviewResponses.Decision(ReviewRequests.DecisionKind.MINOR_CHANGE.name(), minor.whatChanges().text(), null);
        }
        if (outcome instanceof ReviewOutcome.SignificantChange significant) {
            return new ReviewResponses.Decision(ReviewRequests.DecisionKind.SIGNIFICANT_CHANGE.name(), null, significant.why().text());
        }
        return new ReviewResponses.Decision(ReviewRequests.DecisionKind.NO_CHANGE.name(), null, null);
    }

    /** A recorded request, with the rule that makes it due. */
    default ReviewResponses.RequestRecorded toResponse(PlanId plan, ReviewRequest request) {
        return new ReviewResponses.RequestRecorded(plan.toString(), WireValues.date(request.requestedOn()),
                request.requestedBy().name(), ReviewKind.ON_REQUEST.rule().value(),
                ReviewRequest.SOURCE.citation(), ReviewRequest.SOURCE.kind().name());
    }

    /** An agreed interval, with the guidance that allows it. */
    default ReviewResponses.IntervalAgreed toResponse(PlanId plan, AgreedInterval agreed) {
        SetBy.Agreement setBy = new SetBy.Agreement(agreed);
        ReviewInterval interval = agreed.interval();
        return new ReviewResponses.IntervalAgreed(plan.toString(),
                new CouncilResponse.Interval(interval.amount(), interval.unit().name(), interval.anchor().name()),
                WireValues.date(agreed.agreedOn()), setBy.source().citation(), setBy.source().kind().name());
    }

    /** A schedule of a plan with a version in force. */
    @Mapping(target = "planId", source = "plan")
    @Mapping(target = "inForce", constant = "true")
    ReviewResponses.Schedule toResponse(ReviewSchedule schedule);

    /** The schedule of a plan with no version in force: nothing is due yet. */
    default ReviewResponses.Schedule notInForce(PlanId plan) {
        return new ReviewResponses.Schedule(plan.toString(), false, List.of(), List.of());
    }

    /** One review due, with the rule and who set its date. */
    @Mapping(target = "planId", source = "plan")
    @Mapping(target = "rule", expression = "java(due.rule().value())")
    @Mapping(target = "setBy", expression = "java(setBy(due.setBy()))")
    @Mapping(target = "setByLabel", expression = "java(due.setBy().label())")
    @Mapping(target = "setting", expression = "java(setting(due.setBy()))")
    @Mapping(target = "source", expression = "java(due.source().citation())")
    @Mapping(target = "sourceKind", expression = "java(due.source().kind().name())")
    ReviewResponses.Due toDue(DueReview due);

    /** A review with no date yet. */
    ReviewResponses.Unscheduled toUnscheduled(Unscheduled unscheduled);

    /** A council's caseload. */
    default ReviewResponses.Caseload toResponse(Caseload caseload) {
        return new ReviewResponses.Caseload(caseload.council().value(), WireValues.date(caseload.today()),
                caseload.window().toString(), WireValues.date(caseload.window().lastDay(caseload.today())),
                caseload.overdue().stream().map(this::toDue).toList(), caseload.dueInWindow().stream().map(this::toDue).toList());
    }

    /** Who set a date, as a stable code. */
    default String setBy(SetBy setBy) {
        if (setBy instanceof SetBy.Policy policy) {
            return policy.provenance() == Provenance.NATIONAL_DEFAULT ? "NATIONAL_DEFAULT" : "COUNCIL";
        }
        return setBy instanceof SetBy.Agreement ? "AGREED" : "REQUESTED";
    }

    /** The profile setting behind a date set by the council's policy, else null. */
    default String setting(SetBy setBy) {
        return setBy instanceof SetBy.Policy policy ? policy.name() : null;
    }
}
