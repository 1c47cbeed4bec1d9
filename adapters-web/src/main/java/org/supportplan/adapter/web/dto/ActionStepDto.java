package org.supportplan.adapter.web.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One step of the action plan.
 *
 * @param action what will be done
 * @param who who does it, by role
 * @param byWhen an ISO date such as {@code "2026-04-01"}, or null when open
 */
public record ActionStepDto(
        @NotBlank(message = "action is required")
        @Size(max = Formats.NARRATIVE, message = "action must be at most {max} characters")
        String action,

        @NotBlank(message = "who is required")
        @Size(max = Formats.SHORT_TEXT, message = "who must be at most {max} characters")
        String who,

        @Pattern(regexp = Formats.DATE, message = "a date is written as YYYY-MM-DD, such as 2026-04-01")
        String byWhen) {
}
