package org.supportplan.adapter.web.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The personal budget as a plan file gives it: the indicative figure and the assessed contribution,
 * both a year. The final figure is set at sign-off, so {@code finalAnnual} and the computed
 * {@code councilAmountAnnual} of a written plan are accepted and ignored.
 *
 * @param indicativeAnnual the indicative budget a year, such as {@code "16000.00"}
 * @param assessedContributionAnnual what the person pays a year, or null for nothing
 */
@JsonIgnoreProperties(value = {"finalAnnual", "councilAmountAnnual"})
public record BudgetRequest(
        @NotNull(message = "indicativeAnnual is required")
        @Pattern(regexp = Formats.MONEY, message = "an amount is pounds and pence as a string, not negative, such as \"16000.00\"")
        String indicativeAnnual,

        @Pattern(regexp = Formats.MONEY, message = "an amount is pounds and pence as a string, not negative, such as \"2340.00\"")
        String assessedContributionAnnual) {
}
