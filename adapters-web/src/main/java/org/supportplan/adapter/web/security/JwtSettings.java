package org.supportplan.adapter.web.security;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Which identity provider's JWTs the service accepts.
 *
 * @param issuer the exact {@code iss} the provider writes, such as {@code https://login.council.example/realms/care}
 * @param audience the {@code aud} value naming this service, such as {@code supportplan}
 * @param jwks where the provider's public keys are: an {@code https:} URL (fetched and cached) or a {@code file:} URI
 *             of a JWKS document
 * @param clockSkew how far {@code exp} and {@code nbf} may be off (at most 5 minutes)
 */
public record JwtSettings(String issuer, String audience, URI jwks, Duration clockSkew) {

    /** The clock skew allowed unless another is given. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);

    /** Requires every setting, a JWKS from {@code https} or a file, and a skew of 0 to 5 minutes. */
    public JwtSettings {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("the JWT issuer is required");
        }
        if (audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("the JWT audience is required");
        }
        Objects.requireNonNull(jwks, "jwks");
        String scheme = jwks.getScheme() == null ? "" : jwks.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("file") && !(scheme.equals("http") && isLoopback(jwks))) {
            // Keys over plain HTTP could be swapped in transit, making every signature meaningless.
            throw new IllegalArgumentException("the JWKS must be an https: URL or a file: URI (http: only on the loopback address)");
        }
        Objects.requireNonNull(clockSkew, "clockSkew");
        if (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("the JWT clock skew must be 0 to 5 minutes");
        }
    }

    /** Settings with the {@link #DEFAULT_CLOCK_SKEW}. */
    public JwtSettings(String issuer, String audience, URI jwks) {
        this(issuer, audience, jwks, DEFAULT_CLOCK_SKEW);
    }

    private static boolean isLoopback(URI uri) {
        String host = uri.getHost();
        return "localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
    }
}
