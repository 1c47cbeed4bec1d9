package org.supportplan.adapter.web.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A risk and how it is managed.
 *
 * @param description the risk
 * @param mitigation how it is managed, or null while not yet agreed
 */
public record RiskDto(
        @NotBlank(message = "description is required")
        @Size(max = Formats.NARRATIVE, message = "description must be at most {max} characters")
        String description,

        @Size(max = Formats.NARRATIVE, message = "mitigation must be at most {max} characters")
        String mitigation) {
}
