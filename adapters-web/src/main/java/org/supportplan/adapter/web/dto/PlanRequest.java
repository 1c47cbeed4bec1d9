package org.supportplan.adapter.web.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.supportplan.domain.plan.BudgetManager;

/**
 * A plan document: the body of {@code POST /plans}, {@code PUT /plans/{id}/content} and
 * {@code POST /checks}, and the command line's plan file. Lists may be omitted or null (meaning
 * none). The server-set fields of a written plan ({@link PlanResponse}) are accepted and ignored, so
 * a plan written out can be read back; any other unknown field is refused.
 *
 * @param personId the council's reference for the person (required for a new draft)
 * @param councilId the council whose profile governs the plan (required for a new draft)
 * @param whatIsImportant what is important to the person, or null
 * @param needs the needs from the assessment
 * @param outcomes the person's outcomes
 * @param supportItems the costed support
 * @param circleOfSupport unpaid support
 * @param risks the risks and how each is managed
 * @param contingencyPlans what happens if support fails
 * @param decisionsAndControl how the person makes decisions and stays in control, or null
 * @param authorship who wrote the plan, or null
 * @param budgetManager a {@link BudgetManager} name, or null
 * @param budget the personal budget, or null
 * @param deployments how the budget is taken
 * @param topUps top-ups on top of the budget
 * @param actionPlan the steps to put the plan in place
 */
@JsonIgnoreProperties(value = {"id", "version", "status", "createdAt", "returnReasons", "signOff", "supportStart", "endedOn"})
public record PlanRequest(
        @NotNull(groups = NewPlan.class, message = "personId is required")
        @Pattern(regexp = Formats.PERSON_ID, message = "a person id is the council's reference: 1 to 64 letters, digits or hyphens, such as P-104233")
        String personId,

        @NotNull(groups = NewPlan.class, message = "councilId is required")
        @Pattern(regexp = Formats.COUNCIL_ID, message = "a council id is a lower-case name such as derbyshire (2 to 40 letters, digits or hyphens)")
        String councilId,

        @Size(max = Formats.NARRATIVE, message = "whatIsImportant must be at most {max} characters")
        String whatIsImportant,

        @Size(max = Formats.MAX_ENTRIES, message = "needs may hold at most {max} entries")
        List<@NotNull(message = "a need cannot be null") @Valid NeedDto> needs,

        @Size(max = Formats.MAX_ENTRIES, message = "outcomes may hold at most {max} entries")
        List<@NotNull(message = "an outcome cannot be null") @Valid OutcomeDto> outcomes,

        @Size(max = Formats.MAX_ENTRIES, message = "supportItems may hold at most {max} entries")
        List<@NotNull(message = "a support item cannot be null") @Valid SupportItemDto> supportItems,

        @Size(max = Formats.MAX_ENTRIES, message = "circleOfSupport may hold at most {max} entries")
        List<@NotNull(message = "unpaid support cannot be null") @Valid UnpaidSupportDto> circleOfSupport,

        @Size(max = Formats.MAX_ENTRIES, message = "risks may hold at most {max} entries")
        List<@NotNull(message = "a risk cannot be null") @Valid RiskDto> risks,

        @Size(max = Formats.MAX_ENTRIES, message = "contingencyPlans may hold at most {max} entries")
        List<@NotBlank(message = "a contingency plan cannot be blank")
             @Size(max = Formats.NARRATIVE, message = "a contingency plan must be at most {max} characters") String> contingencyPlans,

        @Size(max = Formats.NARRATIVE, message = "decisionsAndControl must be at most {max} characters")
        String decisionsAndControl,

        @Valid
        AuthorshipDto authorship,

        @EnumName(value = BudgetManager.class, message = "budgetManager must be one of")
        String budgetManager,

        @Valid
        BudgetRequest budget,

        @Size(max = Formats.MAX_ENTRIES, message = "deployments may hold at most {max} entries")
        List<@NotNull(message = "a deployment cannot be null") @Valid DeploymentDto> deployments,

        @Size(max = Formats.MAX_ENTRIES, message = "topUps may hold at most {max} entries")
        List<@NotNull(message = "a top-up cannot be null") @Valid TopUpDto> topUps,

        @Size(max = Formats.MAX_ENTRIES, message = "actionPlan may hold at most {max} entries")
        List<@NotNull(message = "an action step cannot be null") @Valid ActionStepDto> actionPlan) {

    /** Validation group: the extra rules for a document that starts a new plan (person and council required). */
    public interface NewPlan {
    }
}
