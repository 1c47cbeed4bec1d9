package org.supportplan.application.port.in;

import jakarta.validation.constraints.NotNull;

import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanContent;

/**
 * Asks for a new draft support plan. Validates itself when built.
 *
 * @param personId who the plan is for
 * @param councilId whose profile governs it
 * @param content what the plan says so far (parts may be missing in a draft)
 */
public record DraftPlanCommand(@NotNull PersonId personId, @NotNull CouncilId councilId, @NotNull PlanContent content) {

    /** Validates. */
    public DraftPlanCommand {
        SelfValidating.validate(new Check(personId, councilId, content));
    }

    // Records cannot validate "this" inside their canonical constructor, so a twin carries the constraints.
    private record Check(@NotNull PersonId personId, @NotNull CouncilId councilId, @NotNull PlanContent content) {
    }
}
