package org.supportplan.adapter.web.security;

import java.util.Objects;

/**
 * A bearer token was refused. The message is only the {@link Reason}: never the token or anything read from it,
 * so it can be logged as it is.
 */
public final class AuthenticationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a token was refused; the code is what the security log says. */
    public enum Reason {
        /** No {@code Authorization} header. */
        MISSING_TOKEN("missing-token"),
        /** An {@code Authorization} header that is not one {@code Bearer} token. */
        MALFORMED_HEADER("malformed-header"),
        /** Not a token any configured authenticator knows (an unknown dev token). */
        UNKNOWN_TOKEN("unknown-token"),
        /** Not a signed JWT (unparseable, unsigned or encrypted). */
        MALFORMED_TOKEN("malformed-token"),
        /** No key of the identity provider's key set for this token's algorithm and key id. */
        NO_MATCHING_KEY("no-matching-key"),
        /** The signature does not verify. */
        BAD_SIGNATURE("bad-signature"),
        /** The {@code exp} has passed (beyond the allowed clock skew), or is missing. */
        EXPIRED("expired"),
        /** The {@code nbf} is still to come. */
        NOT_YET_VALID("not-yet-valid"),
        /** The {@code iss} is not the configured identity provider. */
        WRONG_ISSUER("wrong-issuer"),
        /** The {@code aud} does not name this service. */
        WRONG_AUDIENCE("wrong-audience"),
        /** A claim the service needs ({@code sub}, {@code role}, {@code people}, {@code councils}) is missing or invalid. */
        BAD_CLAIMS("bad-claims"),
        /** The identity provider's keys could not be fetched. */
        KEYS_UNAVAILABLE("keys-unavailable");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** The code in logs, such as {@code expired}. */
        public String code() {
            return code;
        }
    }

    private final Reason reason;

    /** A refusal for {@code reason}. */
    public AuthenticationException(Reason reason) {
        super(Objects.requireNonNull(reason, "reason").code());
        this.reason = reason;
    }

    /** A refusal for {@code reason} caused by a library failure (kept for debugging, never logged with the token). */
    public AuthenticationException(Reason reason, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason").code(), cause);
        this.reason = reason;
    }

    /** Why. */
    public Reason reason() {
        return reason;
    }
}
