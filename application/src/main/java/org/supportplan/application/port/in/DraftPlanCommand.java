package org.supportplan.application.port.in;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportPlan;

/**
 * Asks for a new draft support plan. Validates itself when built.
 *
 * @param personId who the plan is for
 * @param councilId whose profile governs it
 * @param whatIsImportant what is important to the person, in their words
 * @param supportItems the costed support so far (may be empty in a draft)
 */
public record DraftPlanCommand(
        @NotNull PersonId personId,
        @NotNull CouncilId councilId,
        @NotNull Narrative whatIsImportant,
        @NotNull @Size(max = SupportPlan.MAX_ITEMS) List<@NotNull SupportItem> supportItems) {

    /** Validates and copies the items. */
    public DraftPlanCommand {
        SelfValidating.validate(new DraftPlanCommandCheck(personId, councilId, whatIsImportant, supportItems));
        supportItems = List.copyOf(supportItems);
    }

    // Records cannot validate "this" inside their canonical constructor, so a twin carries the constraints.
    private record DraftPlanCommandCheck(
            @NotNull PersonId personId,
            @NotNull CouncilId councilId,
            @NotNull Narrative whatIsImportant,
            @NotNull @Size(max = SupportPlan.MAX_ITEMS) List<@NotNull SupportItem> supportItems) {
    }
}
