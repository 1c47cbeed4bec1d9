package org.supportplan.adapter.web.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.supportplan.domain.plan.Relationship;

/**
 * The individual paid for a support item, as far as the family-payment rule needs to know (no name).
 *
 * @param relationship a {@link Relationship} name
 * @param livesInSameHousehold whether they live in the person's household (a JSON boolean)
 * @param councilException the council's decision reference allowing the payment, or null
 */
public record PaidPersonDto(
        @NotNull(message = "relationship is required")
        @EnumName(value = Relationship.class, message = "relationship must be one of")
        String relationship,

        @NotNull(message = "livesInSameHousehold is required (true or false)")
        Boolean livesInSameHousehold,

        @Size(max = Formats.SHORT_TEXT, message = "councilException must be at most {max} characters")
        String councilException) {
}
