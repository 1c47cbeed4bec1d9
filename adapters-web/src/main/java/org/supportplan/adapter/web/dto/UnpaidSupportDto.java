package org.supportplan.adapter.web.dto;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.supportplan.domain.plan.SupportSource;

/**
 * Unpaid support in the circle of support.
 *
 * @param source a {@link SupportSource} name
 * @param who who gives it, by role (such as "my daughter"), not by name
 * @param description what they do
 * @param needs ids of the needs it helps meet
 */
public record UnpaidSupportDto(
        @NotNull(message = "source is required")
        @EnumName(value = SupportSource.class, message = "source must be one of")
        String source,

        @NotBlank(message = "who is required")
        @Size(max = Formats.SHORT_TEXT, message = "who must be at most {max} characters")
        String who,

        @NotBlank(message = "description is required")
        @Size(max = Formats.NARRATIVE, message = "description must be at most {max} characters")
        String description,

        @Size(max = Formats.MAX_ENTRIES, message = "needs may hold at most {max} entries")
        List<@NotNull(message = "a need id cannot be null")
             @Pattern(regexp = Formats.PART_ID, message = "a need id is 1 to 40 letters, digits, dots, underscores or hyphens") String> needs) {
}
