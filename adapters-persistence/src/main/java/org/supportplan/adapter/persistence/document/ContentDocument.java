package org.supportplan.adapter.persistence.document;

import java.util.List;

/**
 * A plan's content as stored: plain strings, booleans and lists only, so the JSON holds no number a
 * reader could take for floating point. Amounts are decimal strings ({@code "1234.56"}), quantities
 * decimal strings ({@code "12.5"}), dates ISO-8601 and enumerations their constant names. Field names
 * are part of the stored format: renaming one needs a new {@link PlanDocuments#FORMAT} and a migration.
 */
record ContentDocument(String whatIsImportant, List<NeedDocument> needs, List<OutcomeDocument> outcomes,
                       List<SupportItemDocument> supportItems, List<UnpaidSupportDocument> circleOfSupport,
                       List<RiskDocument> risks, List<String> contingencyPlans, String decisionsAndControl,
                       AuthorshipDocument authorship, String budgetManager, BudgetDocument budget,
                       List<DeploymentDocument> deployments, List<TopUpDocument> topUps,
                       List<ActionStepDocument> actionPlan) {
}
