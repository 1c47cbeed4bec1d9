package org.supportplan.application.port.in;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.supportplan.domain.plan.PlanId;

/**
 * A lifecycle step that happens on a date: support starting or ending.
 *
 * @param planId the plan
 * @param date the date support started or ended
 */
public record DatedPlanCommand(@NotNull PlanId planId, @NotNull LocalDate date) {

    /** Validates. */
    public DatedPlanCommand {
        SelfValidating.validate(new Check(planId, date));
    }

    private record Check(@NotNull PlanId planId, @NotNull LocalDate date) {
    }
}
