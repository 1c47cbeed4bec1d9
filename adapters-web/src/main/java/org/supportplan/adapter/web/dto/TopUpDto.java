package org.supportplan.adapter.web.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.supportplan.domain.plan.TopUpPayer;

/**
 * Money paid on top of the personal budget.
 *
 * @param payer a {@link TopUpPayer} name
 * @param annualAmount how much a year, such as {@code "300.00"}
 * @param purpose what it pays for
 */
public record TopUpDto(
        @NotNull(message = "payer is required")
        @EnumName(value = TopUpPayer.class, message = "payer must be one of")
        String payer,

        @NotNull(message = "annualAmount is required")
        @Pattern(regexp = Formats.MONEY, message = "an amount is pounds and pence as a string, not negative, such as \"300.00\"")
        String annualAmount,

        @NotBlank(message = "purpose is required")
        @Size(max = Formats.LONG_TEXT, message = "purpose must be at most {max} characters")
        String purpose) {
}
