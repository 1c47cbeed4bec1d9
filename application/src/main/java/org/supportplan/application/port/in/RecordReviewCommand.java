package org.supportplan.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.review.BudgetUse;
import org.supportplan.domain.review.ParticipantRole;
import org.supportplan.domain.review.ReviewMethod;
import org.supportplan.domain.review.ReviewOutcome;
import org.supportplan.domain.review.ReviewTrigger;

/**
 * Records a review that was held of a plan's version in force.
 *
 * @param planId the plan
 * @param heldOn the day it was held (not in the future)
 * @param trigger why it was held
 * @param method how it was held
 * @param participants who took part, by role
 * @param budgetUse how the budget was used against needs and outcomes
 * @param outcome what was decided
 * @param coversDirectPayment whether the direct payment was reviewed too
 */
public record RecordReviewCommand(@NotNull PlanId planId, @NotNull LocalDate heldOn, @NotNull ReviewTrigger trigger,
                                  @NotNull ReviewMethod method, @NotEmpty Set<@NotNull ParticipantRole> participants,
                                  @NotNull @Size(max = 500) List<@NotNull BudgetUse> budgetUse, @NotNull ReviewOutcome outcome,
                                  boolean coversDirectPayment) {

    /** Validates and copies. */
    public RecordReviewCommand {
        SelfValidating.validate(new Check(planId, heldOn, trigger, method, participants, budgetUse, outcome));
        participants = Set.copyOf(participants);
        budgetUse = List.copyOf(budgetUse);
    }

    private record Check(@NotNull PlanId planId, @NotNull LocalDate heldOn, @NotNull ReviewTrigger trigger,
                         @NotNull ReviewMethod method, @NotEmpty Set<@NotNull ParticipantRole> participants,
                         @NotNull @Size(max = 500) List<@NotNull BudgetUse> budgetUse, @NotNull ReviewOutcome outcome) {
    }
}
