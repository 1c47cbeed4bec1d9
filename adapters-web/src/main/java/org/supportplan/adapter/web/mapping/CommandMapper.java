package org.supportplan.adapter.web.mapping;

import java.util.Optional;

import org.mapstruct.Builder;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;
import org.supportplan.adapter.web.dto.LifecycleRequests;
import org.supportplan.application.port.in.DatedPlanCommand;
import org.supportplan.application.port.in.ReturnPlanCommand;
import org.supportplan.application.port.in.SignOffCommand;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.review.CompletedReassessment;

/** Maps the lifecycle routes' small bodies, with the plan id from the address, to commands. */
@Mapper(uses = WireValues.class, unmappedTargetPolicy = ReportingPolicy.ERROR, builder = @Builder(disableBuilder = true))
public interface CommandMapper {

    /** The generated implementation. */
    CommandMapper INSTANCE = Mappers.getMapper(CommandMapper.class);

    /** Return with reasons. */
    @Mapping(target = "planId", source = "planId")
    @Mapping(target = "reasons", source = "body.reasons")
    ReturnPlanCommand toCommand(PlanId planId, LifecycleRequests.Return body);

    /** Sign off with the final budget and, when a revision cuts the budget, the completed re-assessment. */
    @Mapping(target = "planId", source = "planId")
    @Mapping(target = "finalBudgetAnnual", source = "body.finalBudgetAnnual", qualifiedByName = "finalBudgetAnnual")
    @Mapping(target = "reassessment", expression = "java(toReassessment(body.reassessment()))")
    SignOffCommand toCommand(PlanId planId, LifecycleRequests.SignOff body);

    /** The re-assessment, if named; a refusal names {@code reassessment.completedOn} or {@code reassessment.reference}. */
    default Optional<CompletedReassessment> toReassessment(LifecycleRequests.Reassessment body) {
        if (body == null) {
            return Optional.empty();
        }
        return Optional.of(Paths.under("reassessment",
                () -> new CompletedReassessment(body.reference(), WireValues.completedOn(body.completedOn()))));
    }

    /** Support started. */
    @Mapping(target = "planId", source = "planId")
    @Mapping(target = "date", source = "body.supportStart", qualifiedByName = "supportStart")
    DatedPlanCommand toCommand(PlanId planId, LifecycleRequests.Activate body);

    /** Support ended. */
    @Mapping(target = "planId", source = "planId")
    @Mapping(target = "date", source = "body.endedOn", qualifiedByName = "endedOn")
    DatedPlanCommand toCommand(PlanId planId, LifecycleRequests.End body);
}
