package org.supportplan.adapter.web.dto;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.supportplan.domain.plan.DeploymentOption;
import org.supportplan.domain.plan.PaymentFrequency;

/**
 * One way part of the budget is taken.
 *
 * @param option a {@link DeploymentOption} name
 * @param amount the amount of each payment, such as {@code "772.80"}
 * @param frequency a {@link PaymentFrequency} name
 * @param needs ids of the needs it meets
 */
public record DeploymentDto(
        @NotNull(message = "option is required")
        @EnumName(value = DeploymentOption.class, message = "option must be one of")
        String option,

        @NotNull(message = "amount is required")
        @Pattern(regexp = Formats.MONEY, message = "an amount is pounds and pence as a string, not negative, such as \"772.80\"")
        String amount,

        @NotNull(message = "frequency is required")
        @EnumName(value = PaymentFrequency.class, message = "frequency must be one of")
        String frequency,

        @Size(max = Formats.MAX_ENTRIES, message = "needs may hold at most {max} entries")
        List<@NotNull(message = "a need id cannot be null")
             @Pattern(regexp = Formats.PART_ID, message = "a need id is 1 to 40 letters, digits, dots, underscores or hyphens") String> needs) {
}
