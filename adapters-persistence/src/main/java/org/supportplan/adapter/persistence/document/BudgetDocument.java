package org.supportplan.adapter.persistence.document;

/** The personal budget as stored: annual amounts as decimal strings. */
record BudgetDocument(String indicativeAnnual, String finalAnnual, String assessedContributionAnnual) {
}
