package org.supportplan.adapter.web.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document ({@code application/problem+json}). Extension members appear only
 * for the problems they belong to: {@code errors} (offending fields), {@code rule}/{@code source}/
 * {@code sourceKind} (a refused lifecycle step), {@code findings} (a plan that cannot be agreed) and
 * {@code councils} (the councils that have a profile), {@code currentETag}/{@code currentRevision} (a change based on
 * a revision the plan has moved on from), {@code fileSha256}/{@code importedAt} (a transactions file imported before).
 *
 * @param type a stable URI naming the kind of problem
 * @param title a short summary of the kind
 * @param status the HTTP status code
 * @param detail what went wrong this time
 * @param instance the request path
 * @param errors the offending fields, or null
 * @param rule the refusing rule's id, or null
 * @param source where that rule comes from, or null
 * @param sourceKind the kind of that source, or null
 * @param findings the sign-off findings, or null
 * @param councils the known council ids, or null
 * @param currentETag the plan's current entity tag, or null
 * @param currentRevision the plan's current revision, or null
 * @param fileSha256 the SHA-256 of a file imported before, or null
 * @param importedAt when that file was imported, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetail(String type, String title, int status, String detail, String instance,
                            List<FieldError> errors, String rule, String source, String sourceKind,
                            List<CheckReportResponse.FindingDto> findings, List<String> councils,
                            String currentETag, Long currentRevision, String fileSha256, String importedAt) {

    /** A problem with no extension members. */
    public static ProblemDetail of(String type, String title, int status, String detail, String instance) {
        return new ProblemDetail(type, title, status, detail, instance, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * One offending field.
     *
     * @param field a JSON path such as {@code $.supportItems[1].unitCost}
     * @param rule the rule that refused it (a constraint name or a domain rule id)
     * @param message what is wrong
     */
    public record FieldError(String field, String rule, String message) {
    }
}
