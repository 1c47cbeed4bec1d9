package org.supportplan.adapter.persistence.jdbc;

/**
 * One plan version as plain column values: {@code plan_identity} (person, council) joined with
 * {@code plan_version}. Instants and dates are ISO-8601 text, money whole pence; the content and the
 * return reasons are JSON documents.
 */
record PlanVersionRow(String planId, int version, String personId, String councilId, String status, String createdAt,
                      String signedOffBy, String signedOffAt, Long finalBudgetPence, String supportStart,
                      String endedOn, String returnReasons, int contentFormat, String content) {
}
