package org.supportplan.adapter.web.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.plan.SupportUnit;

/**
 * One costed piece of support. Amounts and quantities are decimal strings, never JSON numbers.
 *
 * @param id the key for this item, such as {@code "i1"}
 * @param description what the support is
 * @param provider who provides it
 * @param route a {@link PaymentRoute} name
 * @param quantity units per period, such as {@code "10.5"}
 * @param unit a {@link SupportUnit} name, such as {@code "HOURS_PER_WEEK"}
 * @param unitCost pounds and pence for one unit, such as {@code "18.40"}
 * @param category a spend category code, such as {@code "personal-assistant"}
 * @param needs ids of the needs it meets
 * @param outcomes ids of the outcomes it helps achieve
 * @param paidPerson the individual paid, or null
 */
public record SupportItemDto(
        @NotNull(message = "id is required")
        @Pattern(regexp = Formats.PART_ID, message = "an id is 1 to 40 letters, digits, dots, underscores or hyphens, such as i1")
        String id,

        @NotBlank(message = "description is required")
        @Size(max = Formats.LONG_TEXT, message = "description must be at most {max} characters")
        String description,

        @NotBlank(message = "provider is required")
        @Size(max = Formats.LONG_TEXT, message = "provider must be at most {max} characters")
        String provider,

        @NotNull(message = "route is required")
        @EnumName(value = PaymentRoute.class, message = "route must be one of")
        String route,

        @NotNull(message = "quantity is required")
        @Pattern(regexp = Formats.QUANTITY, message = "a quantity is a decimal string with at most three decimal places, such as \"10.5\"")
        String quantity,

        @NotNull(message = "unit is required")
        @EnumName(value = SupportUnit.class, message = "unit must be one of")
        String unit,

        @NotNull(message = "unitCost is required")
        @Pattern(regexp = Formats.MONEY, message = "a unit cost is pounds and pence as a string, not negative, with no currency sign, such as \"18.40\"")
        String unitCost,

        @NotNull(message = "category is required")
        @Pattern(regexp = Formats.CATEGORY, message = "a category is a lower-case code such as personal-assistant (2 to 40 letters, digits or hyphens)")
        String category,

        @Size(max = Formats.MAX_ENTRIES, message = "needs may hold at most {max} entries")
        List<@NotNull(message = "a need id cannot be null")
             @Pattern(regexp = Formats.PART_ID, message = "a need id is 1 to 40 letters, digits, dots, underscores or hyphens") String> needs,

        @Size(max = Formats.MAX_ENTRIES, message = "outcomes may hold at most {max} entries")
        List<@NotNull(message = "an outcome id cannot be null")
             @Pattern(regexp = Formats.PART_ID, message = "an outcome id is 1 to 40 letters, digits, dots, underscores or hyphens") String> outcomes,

        @Valid
        PaidPersonDto paidPerson) {
}
