package org.supportplan.adapter.web.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.supportplan.domain.plan.Eligibility;
import org.supportplan.domain.plan.EligibilityOutcome;

/**
 * A need from the assessment, in plan files, requests and responses alike.
 *
 * @param id the key other parts use to link to it, such as {@code "n1"}
 * @param description the need in plain words
 * @param outcome an {@link EligibilityOutcome} name
 * @param eligibility an {@link Eligibility} name
 */
public record NeedDto(
        @NotNull(message = "id is required")
        @Pattern(regexp = Formats.PART_ID, message = "an id is 1 to 40 letters, digits, dots, underscores or hyphens, such as n1")
        String id,

        @NotBlank(message = "description is required")
        @Size(max = Formats.NARRATIVE, message = "description must be at most {max} characters")
        String description,

        @NotNull(message = "outcome is required")
        @EnumName(value = EligibilityOutcome.class, message = "outcome must be one of")
        String outcome,

        @NotNull(message = "eligibility is required")
        @EnumName(value = Eligibility.class, message = "eligibility must be one of")
        String eligibility) {
}
