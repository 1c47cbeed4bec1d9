package org.supportplan.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supportplan.adapter.web.security.AuthenticationException.Reason;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PersonId;

/** The identity provider's JWTs, signed in the test with a freshly generated RSA key. */
class JwtAuthenticatorTest {

    static final String ISSUER = "https://login.council.example/realms/care";
    static final String AUDIENCE = "supportplan";
    static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    private static RSAKey key;
    private static RSAKey otherKey;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final JwtAuthenticator jwt = JwtAuthenticator.of(new JwtSettings(ISSUER, AUDIENCE, URI.create("https://unused.example/jwks")),
            new JWKSet(key.toPublicJWK()), clock);

    @BeforeAll
    static void generateKeys() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("council-1").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("council-1").generate(); // same kid, different key: a forgery
    }

    /** The claims of a care manager of Derbyshire, valid for ten more minutes. */
    static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject("0f3c-cm-42")
                .issueTime(Date.from(NOW.minusSeconds(60))).expirationTime(Date.from(NOW.plusSeconds(600)))
                .claim("role", "care-manager").claim("councils", List.of("derbyshire"));
    }

    static String signed(RSAKey with, JWTClaimsSet claims) throws Exception {
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        token.sign(new RSASSASigner(with));
        return token.serialize();
    }

    private String token(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        return signed(key, change.apply(claims()).build());
    }

    private Reason refusal(String token) {
        try {
            jwt.authenticate(token);
        } catch (AuthenticationException e) {
            assertThat(e.getMessage()).isEqualTo(e.reason().code()); // nothing of the token in what is logged
            return e.reason();
        }
        throw new AssertionError("the token was accepted");
    }

    @Test
    void aGoodTokenIsTheCallerItNames() throws Exception {
        Principal caller = jwt.authenticate(token(c -> c));

        assertThat(caller).isEqualTo(new Principal("0f3c-cm-42", Role.CARE_MANAGER, java.util.Set.of(),
                java.util.Set.of(CouncilId.of("derbyshire"))));
        assertThat(caller.actor().id()).isEqualTo("http:care-manager:0f3c-cm-42");

        Principal worker = jwt.authenticate(token(c -> c.claim("role", "care-worker").claim("people", List.of("P-1", "P-2"))
                .claim("councils", null).audience(List.of("another-service", AUDIENCE))));
        assertThat(worker.people()).containsExactlyInAnyOrder(PersonId.of("P-1"), PersonId.of("P-2"));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() throws Exception {
        assertThat(refusal(token(c -> c.issuer("https://evil.example")))).isEqualTo(Reason.WRONG_ISSUER);
        assertThat(refusal(token(c -> c.issuer(null)))).isEqualTo(Reason.WRONG_ISSUER);
    }

    @Test
    void aTokenForAnotherServiceIsRefused() throws Exception {
        assertThat(refusal(token(c -> c.audience("payroll")))).isEqualTo(Reason.WRONG_AUDIENCE);
        assertThat(refusal(token(c -> c.audience((String) null)))).isEqualTo(Reason.WRONG_AUDIENCE);
    }

    @Test
    void anExpiredTokenIsRefusedBeyondTheClockSkew() throws Exception {
        assertThat(refusal(token(c -> c.expirationTime(Date.from(NOW.minus(Duration.ofMinutes(5))))))).isEqualTo(Reason.EXPIRED);
        assertThat(refusal(token(c -> c.expirationTime(null)))).isEqualTo(Reason.EXPIRED);
        // Within the 60 seconds of allowed skew it is still good.
        jwt.authenticate(token(c -> c.expirationTime(Date.from(NOW.minusSeconds(30)))));
        assertThat(refusal(token(c -> c.notBeforeTime(Date.from(NOW.plus(Duration.ofMinutes(5))))))).isEqualTo(Reason.NOT_YET_VALID);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        assertThat(refusal(signed(otherKey, claims().build()))).isEqualTo(Reason.BAD_SIGNATURE);

        // A signature of the right key over other claims: the payload was altered after signing.
        String good = signed(key, claims().build());
        String forged = signed(key, claims().claim("councils", List.of("bury")).build());
        String[] parts = good.split("\\.");
        assertThat(refusal(parts[0] + "." + forged.split("\\.")[1] + "." + parts[2])).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void unsignedHmacAndUnknownKeyTokensAreRefused() throws Exception {
        assertThat(refusal(new PlainJWT(claims().build()).serialize())).isIn(Reason.MALFORMED_TOKEN, Reason.NO_MATCHING_KEY);

        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims().build());
        hmac.sign(new MACSigner(new byte[32]));
        assertThat(refusal(hmac.serialize())).isEqualTo(Reason.NO_MATCHING_KEY);

        RSAKey stranger = new RSAKeyGenerator(2048).keyID("somebody-else").generate();
        assertThat(refusal(signed(stranger, claims().build()))).isEqualTo(Reason.NO_MATCHING_KEY);
        assertThat(refusal("not.a.token")).isEqualTo(Reason.MALFORMED_TOKEN);
        assertThat(refusal("garbage")).isEqualTo(Reason.MALFORMED_TOKEN);
    }

    @Test
    void claimsTheServiceCannotUseAreRefused() throws Exception {
        assertThat(refusal(token(c -> c.claim("role", "administrator")))).isEqualTo(Reason.BAD_CLAIMS);
        assertThat(refusal(token(c -> c.claim("role", null)))).isEqualTo(Reason.BAD_CLAIMS);
        assertThat(refusal(token(c -> c.subject("jane.smith@council.example")))).isEqualTo(Reason.BAD_CLAIMS);
        assertThat(refusal(token(c -> c.subject(null)))).isEqualTo(Reason.BAD_CLAIMS);
        assertThat(refusal(token(c -> c.claim("councils", List.of())))).isEqualTo(Reason.BAD_CLAIMS);
        assertThat(refusal(token(c -> c.claim("role", "person").claim("people", List.of("P-1", "P-2"))))).isEqualTo(Reason.BAD_CLAIMS);
        assertThat(refusal(token(c -> c.claim("role", "person").claim("people", List.of("not a person id"))))).isEqualTo(Reason.BAD_CLAIMS);
        assertThat(refusal(token(c -> c.claim("councils", "derbyshire")))).isEqualTo(Reason.BAD_CLAIMS);
    }

    @Test
    void theKeysMayComeFromAJwksFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("jwks.json");
        Files.writeString(file, new JWKSet(key.toPublicJWK()).toString());
        JwtAuthenticator fromFile = JwtAuthenticator.of(new JwtSettings(ISSUER, AUDIENCE, file.toUri()), clock);

        assertThat(fromFile.authenticate(token(c -> c)).subject()).isEqualTo("0f3c-cm-42");
        assertThat(new JWKSet(key.toPublicJWK()).toString()).doesNotContain("\"d\""); // only the public half is written

        Files.writeString(file, "{not json");
        assertThatThrownBy(() -> JwtAuthenticator.of(new JwtSettings(ISSUER, AUDIENCE, file.toUri()), clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JWKS file");
    }

    @Test
    void settingsRequireAnIssuerAnAudienceAndKeysFromASafePlace() {
        URI jwks = URI.create("https://login.council.example/jwks");
        assertThatThrownBy(() -> new JwtSettings("", AUDIENCE, jwks)).hasMessageContaining("issuer");
        assertThatThrownBy(() -> new JwtSettings(ISSUER, " ", jwks)).hasMessageContaining("audience");
        assertThatThrownBy(() -> new JwtSettings(ISSUER, AUDIENCE, URI.create("http://login.council.example/jwks")))
                .hasMessageContaining("https");
        assertThatThrownBy(() -> new JwtSettings(ISSUER, AUDIENCE, jwks, Duration.ofHours(1))).hasMessageContaining("skew");
        new JwtSettings(ISSUER, AUDIENCE, URI.create("http://localhost:8081/jwks"));
    }

    @Test
    void devTokensRunBesideJwtsWithoutWeakeningThem() throws Exception {
        DevTokens dev = DevTokens.of(java.util.Map.of("dev-token-for-tests-1",
                new Principal("dev-1", Role.PERSON, java.util.Set.of(PersonId.of("P-1")), java.util.Set.of())));
        Authenticator both = Authenticator.either(dev, jwt);

        assertThat(both.authenticate("dev-token-for-tests-1").subject()).isEqualTo("dev-1");
        assertThat(both.authenticate(token(c -> c)).subject()).isEqualTo("0f3c-cm-42");
        assertThatThrownBy(() -> both.authenticate(token(c -> c.issuer("https://evil.example"))))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_ISSUER));
    }
}
