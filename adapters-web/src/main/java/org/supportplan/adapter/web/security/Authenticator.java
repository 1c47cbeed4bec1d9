package org.supportplan.adapter.web.security;

import java.util.List;

/**
 * Turns a bearer token into a {@link Principal}, or refuses it. Implementations: {@link JwtAuthenticator} (the
 * council's identity provider, in production) and {@link DevTokens} (static tokens from a file, in development).
 */
@FunctionalInterface
public interface Authenticator {

    /**
     * The caller {@code token} stands for.
     *
     * @param token the bearer token, without the {@code Bearer } prefix
     * @throws AuthenticationException when the token is not accepted
     */
    Principal authenticate(String token) throws AuthenticationException;

    /**
     * Tries {@code first}, then {@code second} when {@code first} does not know the token at all
     * ({@link AuthenticationException.Reason#UNKNOWN_TOKEN} or {@link AuthenticationException.Reason#MALFORMED_TOKEN});
     * any other refusal is final. Used to run dev tokens beside JWTs.
     */
    static Authenticator either(Authenticator first, Authenticator second) {
        return token -> {
            try {
                return first.authenticate(token);
            } catch (AuthenticationException e) {
                if (!List.of(AuthenticationException.Reason.UNKNOWN_TOKEN, AuthenticationException.Reason.MALFORMED_TOKEN)
                        .contains(e.reason())) {
                    throw e;
                }
                return second.authenticate(token);
            }
        };
    }
}
