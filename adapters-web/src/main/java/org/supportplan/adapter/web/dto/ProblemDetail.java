package org.supportplan.adapter.web.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document ({@code application/problem+json}), with an {@code errors} extension
 * listing each offending field when the problem is about the request's content.
 *
 * @param type a stable URI naming the kind of problem
 * @param title a short summary of the kind
 * @param status the HTTP status code
 * @param detail what went wrong this time
 * @param instance the request path
 * @param errors the offending fields, or null when not about fields
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetail(String type, String title, int status, String detail, String instance,
                            List<FieldError> errors) {

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
