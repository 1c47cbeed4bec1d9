package org.supportplan.application.port.in;

import jakarta.validation.constraints.NotNull;

import org.supportplan.domain.plan.PlanId;

/**
 * Names the plan a lifecycle step applies to (its latest version).
 *
 * @param planId the plan
 */
public record PlanCommand(@NotNull PlanId planId) {

    /** Validates. */
    public PlanCommand {
        SelfValidating.validate(new Check(planId));
    }

    private record Check(@NotNull PlanId planId) {
    }
}
