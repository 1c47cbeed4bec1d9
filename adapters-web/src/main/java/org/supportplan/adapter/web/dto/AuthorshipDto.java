package org.supportplan.adapter.web.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.supportplan.domain.plan.AuthorRole;

/**
 * Who wrote the plan and whether an independent advocate is needed.
 *
 * @param writtenBy an {@link AuthorRole} name
 * @param substantialDifficulty whether the person has substantial difficulty taking part (a JSON boolean)
 * @param appropriatePersonAvailable whether someone appropriate can support them (a JSON boolean)
 * @param advocateArranged the arranged advocacy's reference, or null
 */
public record AuthorshipDto(
        @NotNull(message = "writtenBy is required")
        @EnumName(value = AuthorRole.class, message = "writtenBy must be one of")
        String writtenBy,

        @NotNull(message = "substantialDifficulty is required (true or false)")
        Boolean substantialDifficulty,

        @NotNull(message = "appropriatePersonAvailable is required (true or false)")
        Boolean appropriatePersonAvailable,

        @Size(max = Formats.SHORT_TEXT, message = "advocateArranged must be at most {max} characters")
        String advocateArranged) {
}
