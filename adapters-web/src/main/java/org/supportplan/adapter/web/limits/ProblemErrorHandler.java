package org.supportplan.adapter.web.limits;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import org.supportplan.adapter.web.dto.ProblemDetail;

/**
 * Jetty's error answers as problem documents: a request Jetty refuses before the routes see it (an address with an
 * encoded NUL or bytes that are not UTF-8, a header it cannot parse, an address or headers too long) gets
 * {@code application/problem+json} like every other error, never Jetty's HTML page. The detail says nothing about
 * the request (it may be hostile) and nothing about the server.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    /** Problem type: the request cannot be read as HTTP (its address, its headers or its framing). */
    public static final String MALFORMED_REQUEST = "urn:supportplan:problem:malformed-request";
    /** Problem type of a server failure (the API's usual one). */
    static final String INTERNAL = "urn:supportplan:problem:internal";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(problem(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        return ByteBuffer.wrap(problem(status));
    }

    private static byte[] problem(int status) {
        boolean server = status >= 500;
        ProblemDetail problem = ProblemDetail.of(server ? INTERNAL : MALFORMED_REQUEST,
                HttpStatus.getMessage(status), status,
                server ? "the server could not answer; the failure is logged"
                        : "the request cannot be read as HTTP: its address, headers or framing are malformed", null);
        try {
            return JSON.writeValueAsBytes(problem);
        } catch (JsonProcessingException impossible) {
            return ("{\"type\":\"" + problem.type() + "\",\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
