package org.supportplan.adapter.web.dto;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.supportplan.domain.plan.OutcomeKind;

/**
 * An outcome the person wants, linked to the needs it addresses.
 *
 * @param id the key support items use to link to it, such as {@code "o1"}
 * @param description the outcome in the person's words
 * @param kind an {@link OutcomeKind} name
 * @param needs ids of the needs it addresses (omitted or null means none)
 */
public record OutcomeDto(
        @NotNull(message = "id is required")
        @Pattern(regexp = Formats.PART_ID, message = "an id is 1 to 40 letters, digits, dots, underscores or hyphens, such as o1")
        String id,

        @NotBlank(message = "description is required")
        @Size(max = Formats.NARRATIVE, message = "description must be at most {max} characters")
        String description,

        @NotNull(message = "kind is required")
        @EnumName(value = OutcomeKind.class, message = "kind must be one of")
        String kind,

        @Size(max = Formats.MAX_ENTRIES, message = "needs may hold at most {max} entries")
        List<@NotNull(message = "a need id cannot be null")
             @Pattern(regexp = Formats.PART_ID, message = "a need id is 1 to 40 letters, digits, dots, underscores or hyphens") String> needs) {
}
