package org.supportplan.adapter.web.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The JSON bodies of the direct-payment account routes. */
public final class AccountRequests {

    private static final String DATE_MESSAGE = "a date is written as YYYY-MM-DD, such as 2026-11-20";
    private static final String LEVEL_MESSAGE = "a monitoring level is a lower-case code such as standard";

    private AccountRequests() {
    }

    /**
     * Body of {@code POST /plans/{id}/accounts}.
     *
     * @param accountId the council's reference for the account, such as {@code "DP-100234"}
     * @param monitoringLevel the level the additional assessment set, such as {@code "standard"}
     * @param assessedOn the day it was assessed
     * @param assessedBy the assessor's staff reference, such as {@code "CM-0042"}
     */
    public record Open(
            @NotNull(message = "accountId is required")
            @Pattern(regexp = Formats.ACCOUNT_ID,
                    message = "an account id is 1 to 40 letters, digits, dots, underscores or hyphens, such as DP-100234")
            String accountId,

            @NotNull(message = "monitoringLevel is required")
            @Pattern(regexp = Formats.LEVEL_ID, message = LEVEL_MESSAGE)
            String monitoringLevel,

            @NotNull(message = "assessedOn is required")
            @Pattern(regexp = Formats.DATE, message = DATE_MESSAGE)
            String assessedOn,

            @NotBlank(message = "assessedBy is required")
            @Size(max = Formats.STAFF_REF, message = "assessedBy must be at most {max} characters")
            String assessedBy) {
    }

    /**
     * Body of {@code PUT /accounts/{id}/monitoring}: a new additional assessment's level.
     *
     * @param monitoringLevel the level, such as {@code "enhanced"}
     * @param assessedOn the day it was assessed
     * @param assessedBy the assessor's staff reference
     */
    public record Monitoring(
            @NotNull(message = "monitoringLevel is required")
            @Pattern(regexp = Formats.LEVEL_ID, message = LEVEL_MESSAGE)
            String monitoringLevel,

            @NotNull(message = "assessedOn is required")
            @Pattern(regexp = Formats.DATE, message = DATE_MESSAGE)
            String assessedOn,

            @NotBlank(message = "assessedBy is required")
            @Size(max = Formats.STAFF_REF, message = "assessedBy must be at most {max} characters")
            String assessedBy) {
    }

    /**
     * Body of {@code POST /accounts/{id}/audits}: the period, both days or neither (then the period the account's
     * monitoring level sets, ending today).
     *
     * @param from the first day audited
     * @param to the last day audited
     */
    public record Audit(
            @Pattern(regexp = Formats.DATE, message = DATE_MESSAGE)
            String from,

            @Pattern(regexp = Formats.DATE, message = DATE_MESSAGE)
            String to) {
    }
}
