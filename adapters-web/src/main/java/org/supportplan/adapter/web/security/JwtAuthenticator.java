package org.supportplan.adapter.web.security;

import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;

import org.supportplan.adapter.web.security.AuthenticationException.Reason;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * Accepts the council identity provider's signed JWTs: the signature must verify against the provider's key set
 * (asymmetric algorithms only), {@code iss} must be the configured issuer, {@code aud} must name this service and
 * {@code exp} must not have passed. All cryptography is Nimbus JOSE + JWT's. The claims then make the
 * {@link Principal}: {@code sub}, {@code role} (one of {@link Role}'s wire names), {@code people} and
 * {@code councils} (arrays of ids).
 */
public final class JwtAuthenticator implements Authenticator {

    /** Claim: the caller's role. */
    public static final String ROLE = "role";
    /** Claim: the people the caller is linked to. */
    public static final String PEOPLE = "people";
    /** Claim: the councils whose plans the caller sees. */
    public static final String COUNCILS = "councils";

    // Asymmetric only: an HMAC algorithm would let anyone holding the (public) key set sign tokens.
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384,
            JWSAlgorithm.ES512, JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519);

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    private JwtAuthenticator(JwtSettings settings, JWKSource<SecurityContext> keys, Clock clock) {
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        processor.setJWTClaimsSetVerifier(new Claims(settings, clock));
    }

    /**
     * The authenticator for {@code settings}, its keys read from the {@code file:} JWKS now, or fetched from the
     * {@code https:} URL when first needed (then cached and refreshed by Nimbus).
     *
     * @throws IllegalArgumentException when a JWKS file cannot be read or is not a key set
     */
    public static JwtAuthenticator of(JwtSettings settings, Clock clock) {
        JWKSource<SecurityContext> keys;
        if ("file".equalsIgnoreCase(settings.jwks().getScheme())) {
            try {
                keys = new ImmutableJWKSet<>(JWKSet.load(Path.of(settings.jwks()).toFile()));
            } catch (IOException | ParseException e) {
                throw new IllegalArgumentException("cannot read the JWKS file " + settings.jwks() + ": " + e.getMessage(), e);
            }
        } else {
            try {
                keys = JWKSourceBuilder.<SecurityContext>create(settings.jwks().toURL()).retrying(true).build();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("the JWKS URL is malformed", e);
            }
        }
        return new JwtAuthenticator(settings, keys, clock);
    }

    /** The authenticator for {@code settings} with a key set in hand (tests; keys held in memory). */
    public static JwtAuthenticator of(JwtSettings settings, JWKSet keys, Clock clock) {
        return new JwtAuthenticator(settings, new ImmutableJWKSet<>(keys), clock);
    }

    @Override
    public Principal authenticate(String token) throws AuthenticationException {
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException e) {
            throw new AuthenticationException(Reason.MALFORMED_TOKEN, e);
        } catch (BadJWTException e) {
            throw new AuthenticationException(Claims.reasonOf(e), e);
        } catch (BadJWSException e) {
            throw new AuthenticationException(Reason.BAD_SIGNATURE, e);
        } catch (BadJOSEException e) {
            // Unsigned or encrypted tokens, or no key of the set for this algorithm and key id.
            throw new AuthenticationException(e.getMessage() != null && e.getMessage().contains("key")
                    ? Reason.NO_MATCHING_KEY : Reason.MALFORMED_TOKEN, e);
        } catch (KeySourceException e) {
            throw new AuthenticationException(Reason.KEYS_UNAVAILABLE, e);
        } catch (JOSEException e) {
            throw new AuthenticationException(Reason.BAD_SIGNATURE, e);
        }
        return principal(claims);
    }

    private static Principal principal(JWTClaimsSet claims) throws AuthenticationException {
        try {
            Role role = Role.fromWire(claims.getStringClaim(ROLE))
                    .orElseThrow(() -> new AuthenticationException(Reason.BAD_CLAIMS));
            Set<PersonId> people = new LinkedHashSet<>();
            for (String person : list(claims, PEOPLE)) {
                people.add(PersonId.of(person));
            }
            Set<CouncilId> councils = new LinkedHashSet<>();
            for (String council : list(claims, COUNCILS)) {
                councils.add(CouncilId.of(council));
            }
            return new Principal(claims.getSubject(), role, people, councils);
        } catch (ParseException | IllegalArgumentException e) {
            // InvalidValueException is an IllegalArgumentException too; neither message is logged with claim values.
            throw new AuthenticationException(Reason.BAD_CLAIMS, e instanceof InvalidValueException ? null : e);
        }
    }

    private static List<String> list(JWTClaimsSet claims, String name) throws ParseException {
        List<String> values = claims.getStringListClaim(name);
        return values == null ? List.of() : values;
    }

    /**
     * Nimbus's claim checks with the service's clock, each failure named by a {@link Reason}: the checks run only
     * after the signature has verified, so the claims are the provider's own.
     */
    private static final class Claims implements JWTClaimsSetVerifier<SecurityContext> {

        private final JwtSettings settings;
        private final Clock clock;
        private final DefaultJWTClaimsVerifier<SecurityContext> verifier;

        Claims(JwtSettings settings, Clock clock) {
            this.settings = settings;
            this.clock = clock;
            this.verifier = new DefaultJWTClaimsVerifier<>(Set.of(settings.audience()),
                    new JWTClaimsSet.Builder().issuer(settings.issuer()).build(), Set.of("sub", "exp", ROLE), Set.of()) {
                @Override
                protected Date currentTime() {
                    return Date.from(clock.instant());
                }
            };
            verifier.setMaxClockSkew((int) settings.clockSkew().toSeconds());
        }

        @Override
        public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
            try {
                verifier.verify(claims, context);
            } catch (BadJWTException e) {
                throw new ReasonedBadJwt(classify(claims), e);
            }
        }

        private Reason classify(JWTClaimsSet claims) {
            if (!Objects.equals(settings.issuer(), claims.getIssuer())) {
                return Reason.WRONG_ISSUER;
            }
            if (claims.getAudience() == null || !claims.getAudience().contains(settings.audience())) {
                return Reason.WRONG_AUDIENCE;
            }
            if (claims.getExpirationTime() == null) {
                return Reason.EXPIRED; // a token with no expiry is never accepted
            }
            Date now = Date.from(clock.instant());
            long skew = settings.clockSkew().toMillis();
            if (claims.getExpirationTime().getTime() + skew <= now.getTime()) {
                return Reason.EXPIRED;
            }
            if (claims.getNotBeforeTime() != null && claims.getNotBeforeTime().getTime() - skew > now.getTime()) {
                return Reason.NOT_YET_VALID;
            }
            return Reason.BAD_CLAIMS;
        }

        static Reason reasonOf(BadJWTException e) {
            return e instanceof ReasonedBadJwt reasoned ? reasoned.reason : Reason.BAD_CLAIMS;
        }
    }

    /** A claims failure carrying its reason through Nimbus's processor. */
    private static final class ReasonedBadJwt extends BadJWTException {

        private static final long serialVersionUID = 1L;
        private final transient Reason reason;

        ReasonedBadJwt(Reason reason, BadJWTException cause) {
            super(reason.code(), cause);
            this.reason = reason;
        }
    }
}
