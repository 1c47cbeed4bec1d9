package org.supportplan.adapter.web.dto;

import java.util.List;

/**
 * A support plan as written out by the HTTP API and the plan file format.
 *
 * @param id the plan's UUID
 * @param personId the council's reference for the person
 * @param councilId the council whose profile governs the plan
 * @param status the {@code PlanStatus} name
 * @param createdAt when the plan was drafted, ISO-8601 UTC such as {@code "2026-03-02T09:30:00Z"}
 * @param whatIsImportant what is important to the person
 * @param supportItems the costed support
 */
public record PlanResponse(String id, String personId, String councilId, String status, String createdAt,
                           String whatIsImportant, List<SupportItemResponse> supportItems) {
}
