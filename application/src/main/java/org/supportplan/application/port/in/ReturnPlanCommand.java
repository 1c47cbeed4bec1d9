package org.supportplan.application.port.in;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.supportplan.domain.plan.PlanId;

/**
 * Returns a submitted plan to the person, with the council's reasons.
 *
 * @param planId the plan
 * @param reasons why it is returned (at least one)
 */
public record ReturnPlanCommand(@NotNull PlanId planId,
                                @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 2000) String> reasons) {

    /** Validates and copies. */
    public ReturnPlanCommand {
        SelfValidating.validate(new Check(planId, reasons));
        reasons = List.copyOf(reasons);
    }

    private record Check(@NotNull PlanId planId,
                         @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 2000) String> reasons) {
    }
}
