package org.supportplan.adapter.web.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The small bodies of the lifecycle routes (return, sign-off, activate, end). */
public final class LifecycleRequests {

    private LifecycleRequests() {
    }

    /**
     * Body of {@code POST /plans/{id}/return}.
     *
     * @param reasons why the council returns the plan (at least one)
     */
    public record Return(
            @NotEmpty(message = "reasons is required: at least one reason")
            @Size(max = 50, message = "at most {max} reasons")
            List<@NotBlank(message = "a reason cannot be blank")
                 @Size(max = 2000, message = "a reason must be at most {max} characters") String> reasons) {
    }

    /**
     * Body of {@code POST /plans/{id}/sign-off}.
     *
     * @param signedOffBy the care manager's staff reference, such as {@code "CM-0042"}
     * @param finalBudgetAnnual the final personal budget a year, such as {@code "16000.00"}
     * @param reassessment the completed re-assessment that lets a revised version cut the budget in force, or null
     */
    public record SignOff(
            @NotBlank(message = "signedOffBy is required")
            @Size(max = 100, message = "signedOffBy must be at most {max} characters")
            String signedOffBy,

            @NotNull(message = "finalBudgetAnnual is required")
            @Pattern(regexp = Formats.MONEY, message = "an amount is pounds and pence as a string, not negative, such as \"16000.00\"")
            String finalBudgetAnnual,

            @Valid
            Reassessment reassessment) {
    }

    /**
     * A completed re-assessment of the person's needs, named at sign-off: without one a revised version may not
     * cut the budget of the version in force (rule {@code review.budget-cut-needs-reassessment}).
     *
     * @param reference the council's reference for the assessment, such as {@code "RA-2026-118"} (not a name)
     * @param completedOn the day it was completed
     */
    public record Reassessment(
            @NotBlank(message = "reference is required")
            @Size(max = Formats.STAFF_REF, message = "reference must be at most {max} characters")
            String reference,

            @NotNull(message = "completedOn is required")
            @Pattern(regexp = Formats.DATE, message = "a date is written as YYYY-MM-DD, such as 2026-05-30")
            String completedOn) {
    }

    /**
     * Body of {@code POST /plans/{id}/activate}.
     *
     * @param supportStart the date support started, such as {@code "2026-05-04"}
     */
    public record Activate(
            @NotNull(message = "supportStart is required")
            @Pattern(regexp = Formats.DATE, message = "a date is written as YYYY-MM-DD, such as 2026-05-04")
            String supportStart) {
    }

    /**
     * Body of {@code POST /plans/{id}/end}.
     *
     * @param endedOn the date support ended
     */
    public record End(
            @NotNull(message = "endedOn is required")
            @Pattern(regexp = Formats.DATE, message = "a date is written as YYYY-MM-DD, such as 2027-01-31")
            String endedOn) {
    }
}
