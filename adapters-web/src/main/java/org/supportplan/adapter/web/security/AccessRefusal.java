package org.supportplan.adapter.web.security;

/**
 * A request refused by the {@link AccessGate} (401, 403, or 404 for what the caller may not know exists). Thrown
 * from the gate or a route and answered as {@code application/problem+json}; it has been logged already.
 */
public final class AccessRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final String challenge;

    AccessRefusal(int status, String type, String title, String detail, String challenge) {
        super(title, null, false, false); // no stack trace: a refusal is an answer, not a failure
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.challenge = challenge;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The problem type URN. */
    public String type() {
        return type;
    }

    /** The problem title. */
    public String title() {
        return title;
    }

    /** The problem detail (nothing about the token or the plan). */
    public String detail() {
        return detail;
    }

    /** The {@code WWW-Authenticate} value for a 401, or null. */
    public String challenge() {
        return challenge;
    }
}
