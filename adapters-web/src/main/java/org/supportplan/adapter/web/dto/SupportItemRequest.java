package org.supportplan.adapter.web.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportUnit;

/**
 * One support item as written in a plan document; amounts and quantities are decimal strings so no
 * floating point is ever involved. The computed {@code costPerPeriod} and {@code period} written by
 * {@link PlanResponse} are accepted and ignored, so a written plan can be read back.
 *
 * @param description what the support is
 * @param provider who provides it
 * @param quantity units per period, such as {@code "10.5"}
 * @param unit a {@link SupportUnit} name, such as {@code "HOURS_PER_WEEK"}
 * @param unitCost pounds and pence for one unit, such as {@code "18.40"}
 */
@JsonIgnoreProperties(value = {"costPerPeriod", "period"})
public record SupportItemRequest(
        @NotBlank(message = "description is required")
        @Size(max = SupportItem.MAX_TEXT, message = "description must be at most {max} characters")
        String description,

        @NotBlank(message = "provider is required")
        @Size(max = SupportItem.MAX_TEXT, message = "provider must be at most {max} characters")
        String provider,

        @NotNull(message = "quantity is required")
        @Pattern(regexp = QUANTITY, message = "a quantity is a decimal string with at most three decimal places, such as \"10.5\"")
        String quantity,

        @NotNull(message = "unit is required")
        @EnumName(value = SupportUnit.class, message = "unit must be one of")
        String unit,

        @NotNull(message = "unitCost is required")
        @Pattern(regexp = UNIT_COST, message = "a unit cost is pounds and pence as a string, not negative, with no currency sign, such as \"18.40\"")
        String unitCost) {

    /** The accepted form of a quantity (the same as the domain's {@code Quantity.parse}). */
    public static final String QUANTITY = "\\d{1,10}(\\.\\d{1,3})?";

    /** The accepted form of a unit cost: the domain's money format without a minus sign. */
    public static final String UNIT_COST = "\\d{1,13}(\\.\\d{1,2})?";
}
