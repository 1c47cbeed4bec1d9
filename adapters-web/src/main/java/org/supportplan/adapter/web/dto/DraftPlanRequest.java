package org.supportplan.adapter.web.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.SupportPlan;

/**
 * A plan document as sent to {@code POST /plans} or read from a plan file: the person, the council and
 * the plan's content. The server-assigned {@code id}, {@code status} and {@code createdAt} written by
 * {@link PlanResponse} are accepted and ignored, so a written plan can be read back as a new draft;
 * any other unknown field is refused.
 *
 * @param personId the council's reference for the person
 * @param councilId the council whose profile governs the plan
 * @param whatIsImportant what is important to the person
 * @param supportItems the costed support (may be empty, never absent)
 */
@JsonIgnoreProperties(value = {"id", "status", "createdAt"})
public record DraftPlanRequest(
        @NotNull(message = "personId is required")
        @Pattern(regexp = PERSON_ID, message = "a person id is the council's reference: 1 to 64 letters, digits or hyphens, such as P-104233")
        String personId,

        @NotNull(message = "councilId is required")
        @Pattern(regexp = COUNCIL_ID, message = "a council id is a lower-case name such as derbyshire (2 to 40 letters, digits or hyphens)")
        String councilId,

        @NotBlank(message = "whatIsImportant is required and must not be blank")
        @Size(max = Narrative.MAX_LENGTH, message = "whatIsImportant must be at most {max} characters")
        String whatIsImportant,

        @NotNull(message = "supportItems is required (use [] for none)")
        @Size(max = SupportPlan.MAX_ITEMS, message = "a plan may hold at most {max} support items")
        List<@NotNull(message = "a support item cannot be null") @Valid SupportItemRequest> supportItems) {

    /** The accepted form of a person id (the same as the domain's {@code PersonId}). */
    public static final String PERSON_ID = "[A-Za-z0-9][A-Za-z0-9-]{0,63}";

    /** The accepted form of a council id (the same as the domain's {@code CouncilId}). */
    public static final String COUNCIL_ID = "[a-z][a-z0-9-]{1,39}";
}
