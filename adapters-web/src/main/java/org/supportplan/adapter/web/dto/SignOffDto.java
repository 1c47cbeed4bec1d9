package org.supportplan.adapter.web.dto;

/**
 * The council's sign-off of a plan version.
 *
 * @param signedOffBy the care manager's staff reference
 * @param at when, ISO-8601 UTC
 * @param finalBudgetAnnual the final personal budget a year
 */
public record SignOffDto(String signedOffBy, String at, String finalBudgetAnnual) {
}
