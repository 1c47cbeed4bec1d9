package org.supportplan.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.supportplan.adapter.web.TestApp.COMPLETE;
import static org.supportplan.adapter.web.TestApp.ok;
import static org.supportplan.adapter.web.TestApp.problem;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.supportplan.adapter.web.TestApp.PlanClient;
import org.supportplan.adapter.web.security.DevTokens;
import org.supportplan.adapter.web.security.JwtAuthenticator;
import org.supportplan.adapter.web.security.JwtSettings;
import org.supportplan.adapter.web.security.PlanDirectory;
import org.supportplan.adapter.web.security.Principal;
import org.supportplan.adapter.web.security.Role;
import org.supportplan.adapter.web.security.RoutePolicy;
import org.supportplan.adapter.web.security.Security;
import org.supportplan.application.testdata.InMemoryStore;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.testdata.PlanFixtures;

/**
 * The access gate over HTTP: 401 with a Bearer challenge, a plan of someone else answering exactly like a missing
 * one, the actor in the audit trail, no-store on every authenticated answer, the refusal to start with an
 * undeclared route, and security log lines free of personal data.
 */
class SecurityHttpTest {

    private static final String STRANGER = "test-stranger-person-0001";
    private static final String PERSON = "test-own-person-0001";
    private static final String SECRET = "SECRET-TOKEN-TEXT-42";

    private final InMemoryStore store = new InMemoryStore();
    private final ListAppender<ILoggingEvent> securityLog = new ListAppender<>();
    private final Logger securityLogger = (Logger) LoggerFactory.getLogger("org.supportplan.security");

    @BeforeEach
    void captureTheSecurityLog() {
        securityLog.start();
        securityLogger.addAppender(securityLog);
    }

    @AfterEach
    void releaseTheSecurityLog() {
        securityLogger.detachAppender(securityLog);
    }

    /** The tests' app with two more people: the plan's own person (P-100234) and a stranger (P-999). */
    private io.javalin.Javalin app() {
        Map<String, Principal> tokens = new HashMap<>(TestApp.TOKENS);
        tokens.put(PERSON, new Principal("u-100234", Role.PERSON, Set.of(PersonId.of("P-100234")), Set.of()));
        tokens.put(STRANGER, new Principal("u-999", Role.PERSON, Set.of(PersonId.of("P-999")), Set.of()));
        Security security = Security.of(DevTokens.of(tokens), PlanDirectory.over(store.plans(), store.accounts()));
        return WebApp.create(TestApp.useCases(store.plans(), store.auditTrail(), store,
                Clock.fixed(PlanFixtures.CREATED_AT, ZoneOffset.UTC)), security);
    }

    private static Response as(HttpClient client, String token, String path) {
        return TestApp.as(client, token).get(path);
    }

    @Test
    void noTokenIsUnauthenticatedWithABearerChallenge() {
        TestApp.test(app(), (server, client) -> {
            HttpClient anonymous = new HttpClient(client.getApp(), TestApp.CONTRACT_CLIENT);

            Response none = anonymous.get("/councils");
            problem(none, 401, WebApp.UNAUTHENTICATED);
            assertThat(none.headers().get("WWW-Authenticate")).containsExactly("Bearer realm=\"supportplan\"");

            Response unknown = as(client, SECRET, "/councils");
            problem(unknown, 401, WebApp.UNAUTHENTICATED);
            assertThat(unknown.headers().get("WWW-Authenticate")).containsExactly("Bearer realm=\"supportplan\", error=\"invalid_token\"");

            Response basic = anonymous.request("/councils", b -> b.header("Authorization", "Basic dXNlcjpwYXNz"));
            problem(basic, 401, WebApp.UNAUTHENTICATED);
            assertThat(basic.headers().get("WWW-Authenticate").get(0)).contains("error=\"invalid_request\"");

            // Two tokens are not one: refused rather than choosing.
            Response two = client.request("/councils", b -> b.header("Authorization", "Bearer " + PERSON));
            problem(two, 401, WebApp.UNAUTHENTICATED);

            // A change without a token is refused before its body is read or anything is written.
            problem(anonymous.post("/plans", COMPLETE), 401, WebApp.UNAUTHENTICATED);
            assertThat(store.writes()).isZero();
        });
    }

    @Test
    void anotherPersonsPlanAnswersExactlyLikeAPlanThatDoesNotExist() {
        TestApp.test(app(), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);
            String id = plan.path().substring("/plans/".length());
            String missing = UUID.randomUUID().toString();
            ok(as(client, PERSON, plan.path()), 200);

            for (String below : List.of("", "/versions", "/versions/1", "/check", "/reviews", "/review-schedule")) {
                Response hidden = as(client, STRANGER, plan.path() + below);
                Response absent = as(client, STRANGER, "/plans/" + missing + below);
                String hiddenBody = hidden.body().string();
                String absentBody = absent.body().string();
                assertThat(hidden.code()).as(below).isEqualTo(404).isEqualTo(absent.code());
                assertThat(hiddenBody.replace(id, missing)).as(below).isEqualTo(absentBody);
                assertThat(hidden.headers().get("Content-Type")).isEqualTo(absent.headers().get("Content-Type"));
            }
            // A change to it is not found either, even before its If-Match would be asked for (428).
            Response submit = TestApp.as(client, STRANGER).request(plan.path() + "/submit",
                    b -> b.post(BodyPublishers.noBody()).header("Content-Type", "application/json"));
            problem(submit, 404, WebApp.NOT_FOUND);
            assertThat(ok(plan.get(""), 200).get("status").asText()).isEqualTo("DRAFT");
        });
    }

    @Test
    void aNewPlanForSomeoneTheCallerIsNotLinkedToIsForbiddenAndNothingIsStored() {
        TestApp.test(app(), (server, client) -> {
            JsonNode refused = problem(TestApp.as(client, STRANGER).post("/plans", COMPLETE), 403, WebApp.FORBIDDEN);

            assertThat(refused.get("detail").asText()).doesNotContain("P-100234");
            assertThat(store.writes()).isZero();
            ok(TestApp.as(client, PERSON).post("/plans", COMPLETE), 201);
        });
    }

    @Test
    void theAuditTrailNamesTheRoleAndSubjectOfTheCaller() {
        TestApp.test(app(), (server, client) -> {
            PlanClient plan = PlanClient.create(TestApp.as(client, PERSON), COMPLETE);
            ok(plan.get(""), 200);
            ok(client.get(plan.path()), 200);

            assertThat(store.entries()).extracting(entry -> entry.event().actor().id())
                    .containsExactly("http:person:u-100234", "http:person:u-100234", "http:care-manager:cm-test");
        });
    }

    @Test
    void everyAnswerOfAnAuthenticatedRouteIsNeverStored() {
        TestApp.test(app(), (server, client) -> {
            for (Response response : List.of(client.get("/councils"), client.get("/councils/bury"), client.post("/checks", COMPLETE),
                    client.post("/plans", COMPLETE), client.get("/plans/" + UUID.randomUUID()))) {
                assertThat(response.headers().get("Cache-Control")).containsExactly("no-store");
            }
        });
    }

    @Test
    void theServiceRefusesToStartWhenARouteSaysNothingAboutWhoMayCallIt() {
        Security withoutCouncils = TestApp.security(store.plans(), store.accounts())
                .withPolicy(RoutePolicy.standard().without("GET", "/councils/{id}"));

        assertThatThrownBy(() -> WebApp.create(TestApp.useCases(store.plans(), store.auditTrail(), store,
                Clock.fixed(PlanFixtures.CREATED_AT, ZoneOffset.UTC)), withoutCouncils))
                .isInstanceOf(RoutePolicy.UndeclaredRoutesException.class)
                .hasMessageContaining("GET /councils/{id}");
    }

    @Test
    void everyRefusalIsLoggedWithTheRouteAndReasonButNoPersonalData() throws Exception {
        TestApp.test(app(), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);
            HttpClient anonymous = new HttpClient(client.getApp(), TestApp.CONTRACT_CLIENT);

            anonymous.get(plan.path());                                                 // no token
            as(client, SECRET, plan.path());                                            // unknown token
            HttpRequest basic = HttpRequest.newBuilder(URI.create(client.getOrigin() + plan.path()))
                    .header("Authorization", "Basic " + SECRET).build();
            TestApp.CONTRACT_CLIENT.send(basic, HttpResponse.BodyHandlers.ofString());
            as(client, STRANGER, plan.path());                                          // not linked: 404
            TestApp.as(client, PERSON).post(plan.path() + "/sign-off", "{}");           // role: 403
            TestApp.as(client, STRANGER).post("/plans", COMPLETE);                      // draft not linked: 403
            as(client, PERSON, "/councils/bury/reviews/due");                           // role: 403
        });

        List<String> lines = securityLog.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).hasSize(7);
        assertThat(lines).allMatch(line -> line.matches(
                "access refused: status=\\d{3} method=[A-Z]+ route=/[a-z{}/-]* reason=[a-z-]+( role=[a-z-]+ subject=[A-Za-z0-9._-]+)?"), "one fixed shape");
        assertThat(String.join("\n", lines)).doesNotContain(SECRET, "P-100234", "P-999", STRANGER, PERSON, "Riverside", "Bearer")
                .doesNotContainPattern("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-"); // route templates only, never a plan's id
        assertThat(lines).anyMatch(line -> line.contains("status=404 method=GET route=/plans/{id} reason=not-linked role=person subject=u-999"));
        assertThat(lines).anyMatch(line -> line.contains("status=401 method=GET route=/plans/{id} reason=missing-token"));
        assertThat(lines).anyMatch(line -> line.contains("reason=unknown-token"));
        assertThat(lines).anyMatch(line -> line.contains("reason=malformed-header"));
        assertThat(lines).anyMatch(line -> line.contains("status=403 method=POST route=/plans/{id}/sign-off reason=role-not-permitted role=person"));
        assertThat(lines).anyMatch(line -> line.contains("status=403 method=POST route=/plans reason=person-not-linked role=person subject=u-999"));
        assertThat(securityLog.list).allMatch(event -> event.getLevel().toString().equals("WARN"));
    }

    @Test
    void theIdentityProvidersJwtAuthenticatesOverHttp() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("idp-1").generate();
        Instant now = PlanFixtures.CREATED_AT;
        JwtAuthenticator jwt = JwtAuthenticator.of(new JwtSettings("https://idp.example", "supportplan",
                URI.create("https://idp.example/jwks")), new JWKSet(key.toPublicJWK()), Clock.fixed(now, ZoneOffset.UTC));
        Security security = Security.of(jwt, PlanDirectory.over(store.plans(), store.accounts()));
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer("https://idp.example").audience("supportplan")
                .subject("9d1e-cw").claim("role", "care-worker").claim("people", List.of("P-100234"))
                .expirationTime(Date.from(now.plusSeconds(300)));
        String good = sign(key, claims.build());
        String expired = sign(key, claims.expirationTime(Date.from(now.minusSeconds(3600))).build());

        TestApp.test(WebApp.create(TestApp.useCases(store.plans(), store.auditTrail(), store,
                Clock.fixed(now, ZoneOffset.UTC)), security), good, (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);
            ok(plan.get(""), 200);
            Response refused = as(client, expired, plan.path());
            problem(refused, 401, WebApp.UNAUTHENTICATED);
            assertThat(refused.headers().get("WWW-Authenticate").get(0)).contains("invalid_token");
        });
        assertThat(store.entries()).extracting(entry -> entry.event().actor().id()).containsOnly("http:care-worker:9d1e-cw");
        assertThat(securityLog.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("access refused: status=401 method=GET route=/plans/{id} reason=expired");
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        token.sign(new RSASSASigner(key));
        return token.serialize();
    }

    @Test
    void aCareManagerSeesOnlyTheirOwnCouncilsPlans() {
        Map<String, Principal> tokens = new HashMap<>(TestApp.TOKENS);
        tokens.put("test-bury-care-manager-01", new Principal("cm-bury", Role.CARE_MANAGER, Set.of(), Set.of(CouncilId.of("bury"))));
        Security security = Security.of(DevTokens.of(tokens), PlanDirectory.over(store.plans(), store.accounts()));
        TestApp.test(WebApp.create(TestApp.useCases(store.plans(), store.auditTrail(), store,
                Clock.fixed(PlanFixtures.CREATED_AT, ZoneOffset.UTC)), security), (server, client) -> {
            PlanClient derbyshire = PlanClient.create(client, COMPLETE);

            problem(TestApp.as(client, "test-bury-care-manager-01").get(derbyshire.path()), 404, WebApp.NOT_FOUND);
            problem(TestApp.as(client, "test-bury-care-manager-01").get("/councils/derbyshire/reviews/due"), 403, WebApp.FORBIDDEN);
            ok(TestApp.as(client, "test-bury-care-manager-01").get("/councils/bury/reviews/due"), 200);
        });
    }
}
