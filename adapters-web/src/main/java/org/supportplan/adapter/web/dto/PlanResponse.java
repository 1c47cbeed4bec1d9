package org.supportplan.adapter.web.dto;

import java.util.List;

/**
 * One version of a support plan as written out by the HTTP API and {@code plan show --json}: the
 * server-set facts, then every content field in the {@link PlanRequest} shape (the budget adds the
 * final and council amounts).
 *
 * @param id the plan's UUID, shared by all its versions
 * @param version this version's number, from 1
 * @param personId the council's reference for the person
 * @param councilId the council whose profile governs the plan
 * @param status the {@code PlanStatus} name
 * @param createdAt when this version was started, ISO-8601 UTC
 * @param returnReasons the council's reasons, when returned
 * @param signOff the sign-off, once agreed, or null
 * @param supportStart when support started, or null
 * @param endedOn when support ended, or null
 * @param whatIsImportant what is important to the person, or null
 * @param needs the needs
 * @param outcomes the outcomes
 * @param supportItems the costed support
 * @param circleOfSupport unpaid support
 * @param risks the risks
 * @param contingencyPlans the contingency plans
 * @param decisionsAndControl decisions and control, or null
 * @param authorship who wrote the plan, or null
 * @param budgetManager who manages the budget, or null
 * @param budget the personal budget, or null
 * @param deployments how the budget is taken
 * @param topUps top-ups
 * @param actionPlan the action plan
 */
public record PlanResponse(String id, int version, String personId, String councilId, String status, String createdAt,
                           List<String> returnReasons, SignOffDto signOff, String supportStart, String endedOn,
                           String whatIsImportant, List<NeedDto> needs, List<OutcomeDto> outcomes,
                           List<SupportItemDto> supportItems, List<UnpaidSupportDto> circleOfSupport, List<RiskDto> risks,
                           List<String> contingencyPlans, String decisionsAndControl, AuthorshipDto authorship,
                           String budgetManager, BudgetResponse budget, List<DeploymentDto> deployments,
                           List<TopUpDto> topUps, List<ActionStepDto> actionPlan) {
}
