package org.supportplan.application.port.in;

import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.review.CompletedReassessment;

/**
 * Signs off a submitted plan and sets the final personal budget.
 *
 * @param planId the plan
 * @param signedOffBy the care manager's staff reference
 * @param finalBudgetAnnual the final personal budget, a year
 * @param reassessment the completed re-assessment that allows a revised version a lower budget than the version in
 *                     force (a review alone never cuts a budget), if any
 */
public record SignOffCommand(@NotNull PlanId planId, @NotBlank @Size(max = 100) String signedOffBy,
                             @NotNull Money finalBudgetAnnual, @NotNull Optional<CompletedReassessment> reassessment) {

    /** Validates. */
    public SignOffCommand {
        SelfValidating.validate(new Check(planId, signedOffBy, finalBudgetAnnual, reassessment));
    }

    /** A sign-off with no re-assessment. */
    public SignOffCommand(PlanId planId, String signedOffBy, Money finalBudgetAnnual) {
        this(planId, signedOffBy, finalBudgetAnnual, Optional.empty());
    }

    private record Check(@NotNull PlanId planId, @NotBlank @Size(max = 100) String signedOffBy,
                         @NotNull Money finalBudgetAnnual, @NotNull Optional<CompletedReassessment> reassessment) {
    }
}
