package org.supportplan.adapter.persistence.jdbc;

/** One row of {@code support_plan}, as plain column values. */
record PlanRow(String id, String personId, String councilId, String status, String whatIsImportant, String createdAt) {
}
