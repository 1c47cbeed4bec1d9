package org.supportplan.application.port.in;

import jakarta.validation.constraints.NotNull;

import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.PlanId;

/**
 * Replaces what a draft or returned plan says.
 *
 * @param planId the plan
 * @param content the new content
 */
public record EditPlanCommand(@NotNull PlanId planId, @NotNull PlanContent content) {

    /** Validates. */
    public EditPlanCommand {
        SelfValidating.validate(new Check(planId, content));
    }

    private record Check(@NotNull PlanId planId, @NotNull PlanContent content) {
    }
}
