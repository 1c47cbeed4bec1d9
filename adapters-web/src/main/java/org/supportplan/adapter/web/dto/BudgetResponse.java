package org.supportplan.adapter.web.dto;

/**
 * The personal budget as written out, a year: the council's amount is always the budget in force
 * (final once set, else indicative) less the person's contribution.
 *
 * @param indicativeAnnual the indicative budget
 * @param finalAnnual the final budget set at sign-off, or null
 * @param assessedContributionAnnual what the person pays
 * @param councilAmountAnnual what the council pays
 */
public record BudgetResponse(String indicativeAnnual, String finalAnnual, String assessedContributionAnnual,
                             String councilAmountAnnual) {
}
