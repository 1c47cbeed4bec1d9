package org.supportplan.adapter.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;
import io.javalin.testtools.DefaultTestConfig;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.javalin.testtools.TestCase;
import io.javalin.testtools.TestConfig;

import org.supportplan.adapter.web.security.DevTokens;
import org.supportplan.adapter.web.security.PlanDirectory;
import org.supportplan.adapter.web.security.Principal;
import org.supportplan.adapter.web.security.Role;
import org.supportplan.adapter.web.security.Security;

import org.supportplan.adapter.web.openapi.ContractCheckingClient;
import org.supportplan.application.audit.AuditAction;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.out.AccountRepository;
import org.supportplan.application.port.out.AuditTrail;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.application.service.AccountService;
import org.supportplan.application.service.CouncilService;
import org.supportplan.application.service.PlanLifecycleService;
import org.supportplan.application.service.PlanService;
import org.supportplan.application.service.ReviewService;
import org.supportplan.application.testdata.InMemoryStore;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.testdata.PlanFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/** The real services over the application's in-memory store and the fixture councils, with shared assertions and clients. */
final class TestApp {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The complete Derbyshire plan file: the same content as {@code PlanFixtures.completeContent()}. */
    static final String COMPLETE = resource("/plans/complete-derbyshire.json");

    /** Every council the tests write plans under, installed or not. */
    static final Set<CouncilId> TEST_COUNCILS = Set.of(CouncilId.of("bury"), CouncilId.of("derbyshire"),
            CouncilId.of("england-default"), CouncilId.of("rutland"), CouncilId.of("kent"));

    /** The dev token of a care manager of every test council: what {@link #test(Javalin, TestCase)} sends. */
    static final String CARE_MANAGER = "test-care-manager-0001";
    /** The dev token of a finance auditor of every test council. */
    static final String FINANCE_AUDITOR = "test-finance-auditor-0001";

    /** The dev token of the metrics scraper. */
    static final String MONITORING = "test-monitoring-0001";
    /** Another token of the same care manager, as after the identity provider renewed it. */
    static final String CARE_MANAGER_RENEWED = "test-care-manager-0001-renewed";
    /** The dev token of another care manager of the same councils. */
    static final String OTHER_CARE_MANAGER = "test-care-manager-0002";

    /** The tests' dev tokens. */
    static final Map<String, Principal> TOKENS = Map.of(
            CARE_MANAGER, new Principal("cm-test", Role.CARE_MANAGER, Set.of(), TEST_COUNCILS),
            CARE_MANAGER_RENEWED, new Principal("cm-test", Role.CARE_MANAGER, Set.of(), TEST_COUNCILS),
            OTHER_CARE_MANAGER, new Principal("cm-test-2", Role.CARE_MANAGER, Set.of(), TEST_COUNCILS),
            FINANCE_AUDITOR, new Principal("fa-test", Role.FINANCE_AUDITOR, Set.of(), TEST_COUNCILS),
            MONITORING, new Principal("prometheus-test", Role.MONITORING, Set.of(), Set.of()));

    /** Every test's client: it checks each exchange against the OpenAPI contract (ADR 0018). */
    static final java.net.http.HttpClient CONTRACT_CLIENT = new ContractCheckingClient();

    private TestApp() {
    }

    /**
     * Runs {@code test} against the started {@code app} with a client that authenticates as {@link #CARE_MANAGER}
     * and checks every request and response against the OpenAPI contract. Every HTTP test runs through here.
     */
    static void test(Javalin app, TestCase test) {
        test(app, CARE_MANAGER, test);
    }

    /** Runs {@code test} against the started {@code app} with a client sending {@code token} as its bearer token. */
    static void test(Javalin app, String token, TestCase test) {
        // No cookie clearing: the API sets none, and the tool's clearing route is (rightly) refused by the gate.
        JavalinTest.test(app, new TestConfig(false, DefaultTestConfig.getCaptureLogs(),
                CONTRACT_CLIENT, Map.of("Authorization", "Bearer " + token)), test);
    }

    /** A client of the same app sending {@code token} instead. */
    static HttpClient as(HttpClient client, String token) {
        return new HttpClient(client.getApp(), CONTRACT_CLIENT, Map.of("Authorization", "Bearer " + token));
    }

    /** Security over the tests' dev tokens and this directory. */
    static Security security(PlanDirectory directory) {
        return Security.of(DevTokens.of(TOKENS), directory);
    }

    /** Security over the tests' dev tokens and these repositories. */
    static Security security(PlanRepository plans, AccountRepository accounts) {
        return security(PlanDirectory.over(plans, accounts));
    }

    /** A fresh app over empty storage, with time fixed at {@link PlanFixtures#CREATED_AT}. */
    static Javalin app() {
        return app(new InMemoryStore());
    }

    /** A fresh app over {@code store}, with time fixed at {@link PlanFixtures#CREATED_AT}. */
    static Javalin app(InMemoryStore store) {
        return app(store, Clock.fixed(PlanFixtures.CREATED_AT, ZoneOffset.UTC));
    }

    /** A fresh app over {@code store}, telling the time by {@code clock}. */
    static Javalin app(InMemoryStore store, Clock clock) {
        return WebApp.create(useCases(store.plans(), store.auditTrail(), store, clock), security(store.plans(), store.accounts()));
    }

    /** A fresh app over {@code store}, telling the time by {@code clock}, with these limits and idempotency settings. */
    static Javalin app(InMemoryStore store, Clock clock, WebSettings settings) {
        return WebApp.create(useCases(store.plans(), store.auditTrail(), store, clock), security(store.plans(), store.accounts()),
                settings, Readiness.ALWAYS);
    }

    /** A fresh app over these ports (reviews and accounts in a store of their own), with time fixed at {@link PlanFixtures#CREATED_AT}. */
    static Javalin app(PlanRepository plans, AuditTrail trail) {
        InMemoryStore others = new InMemoryStore();
        return WebApp.create(useCases(plans, trail, others, Clock.fixed(PlanFixtures.CREATED_AT, ZoneOffset.UTC)),
                security(plans, others.accounts()));
    }

    /** A fresh app over {@code store}, telling the time by {@code clock} and reading uploads with {@code reader}. */
    static Javalin app(InMemoryStore store, Clock clock, TransactionReader reader) {
        return WebApp.create(useCases(store.plans(), store.auditTrail(), store, clock, reader),
                security(store.plans(), store.accounts()));
    }

    /** The real services over these ports, the fixture councils and {@link CsvFake}. */
    static WebApp.UseCases useCases(PlanRepository plans, AuditTrail trail, InMemoryStore others, Clock clock) {
        return useCases(plans, trail, others, clock, new CsvFake());
    }

    /** The real services over these ports and the fixture councils, reading uploads with {@code reader}. */
    static WebApp.UseCases useCases(PlanRepository plans, AuditTrail trail, InMemoryStore others, Clock clock,
                                    TransactionReader reader) {
        FixtureCouncils councils = new FixtureCouncils();
        PlanService service = new PlanService(plans, trail, clock);
        PlanLifecycleService lifecycle = new PlanLifecycleService(plans, trail, councils, clock);
        CouncilService councilService = new CouncilService(councils);
        ReviewService reviews = new ReviewService(plans, others.reviews(), others.accounts(), trail, councils, clock);
        AccountService accounts = new AccountService(plans, others.accounts(), trail, councils, clock);
        return new WebApp.UseCases(service, service, lifecycle, councilService, councilService, reviews, accounts, reader);
    }

    /** The response's single ETag. */
    static String etag(Response response) {
        assertThat(response.headers().get("ETag")).as("ETag").hasSize(1);
        return response.headers().get("ETag").get(0);
    }

    /** POSTs {@code body} (JSON) with {@code If-Match: ifMatch}. */
    static Response post(HttpClient client, String path, String body, String ifMatch) {
        return client.request(path, b -> b.post(BodyPublishers.ofString(body)).header("Content-Type", "application/json")
                .header("If-Match", ifMatch));
    }

    /** Sends {@code body} as JSON with {@code method} (POST or PUT), unconditionally. */
    static Response json(HttpClient client, String method, String path, String body) {
        return client.request(path, b -> {
            if (method.equals("PUT")) {
                b.put(BodyPublishers.ofString(body));
            } else {
                b.post(BodyPublishers.ofString(body));
            }
            b.header("Content-Type", "application/json");
        });
    }

    /** The actions in the audit trail, oldest first. */
    static List<AuditAction> actions(InMemoryStore store) {
        return store.entries().stream().map(entry -> entry.event().action()).toList();
    }

    /** PUTs {@code body} (JSON) with {@code If-Match: ifMatch}. */
    static Response put(HttpClient client, String path, String body, String ifMatch) {
        return client.request(path, b -> b.put(BodyPublishers.ofString(body)).header("Content-Type", "application/json")
                .header("If-Match", ifMatch));
    }

    /**
     * One stored plan as a careful client sees it: every change is sent with the ETag of the last plan it
     * received, which the answers to its changes keep up to date.
     */
    static final class PlanClient {

        private final HttpClient client;
        private final String path;
        private String etag;

        private PlanClient(HttpClient client, String path, String etag) {
            this.client = client;
            this.path = path;
            this.etag = etag;
        }

        /** Drafts {@code document} and returns the new plan's client. */
        static PlanClient create(HttpClient client, String document) throws IOException {
            Response created = client.post("/plans", document);
            String id = ok(created, 201).get("id").asText();
            return new PlanClient(client, "/plans/" + id, TestApp.etag(created));
        }

        /** The plan's address. */
        String path() {
            return path;
        }

        /** The ETag of the plan as last received. */
        String etag() {
            return etag;
        }

        /** POSTs to the plan's {@code step} (such as {@code /submit}) with the ETag last received. */
        Response post(String step, String body) {
            return kept(TestApp.post(client, path + step, body, etag));
        }

        /** PUTs the plan's content with the ETag last received. */
        Response putContent(String document) {
            return kept(TestApp.put(client, path + "/content", document, etag));
        }

        /** GETs the plan, or the address {@code below} it (such as {@code /versions}). */
        Response get(String below) {
            Response response = client.get(path + below);
            return below.isEmpty() ? kept(response) : response;
        }

        private Response kept(Response response) {
            if (response.code() / 100 == 2) {
                etag = TestApp.etag(response);
            }
            return response;
        }
    }

    static String resource(String name) {
        try (InputStream in = TestApp.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts a JSON success of this status and returns the body. */
    static JsonNode ok(Response response, int status) throws IOException {
        String text = response.body().string();
        assertThat(response.code()).as(text).isEqualTo(status);
        assertThat(response.headers().get("Content-Type").get(0)).startsWith("application/json");
        return JSON.readTree(text);
    }

    /** Asserts an RFC 9457 problem of this status and type, with no trace of the server's internals. */
    static JsonNode problem(Response response, int status, String type) throws IOException {
        String text = response.body().string();
        assertThat(response.code()).as(text).isEqualTo(status);
        assertThat(response.headers().get("Content-Type").get(0)).startsWith("application/problem+json");
        assertThat(response.headers().get("Cache-Control")).containsExactly("no-store");
        assertThat(text).doesNotContain("Exception", "\tat ", "org.supportplan", "io.javalin", "com.fasterxml");
        JsonNode problem = JSON.readTree(text);
        assertThat(problem.get("type").asText()).isEqualTo(type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("instance").asText()).startsWith("/");
        return problem;
    }

    /** Each error of a problem as "field rule". */
    static List<String> errors(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.get("errors").forEach(e -> out.add(e.get("field").asText() + " " + e.get("rule").asText()));
        return out;
    }

    /** Each finding of a report or problem as "rule path". */
    static List<String> findings(JsonNode withFindings) {
        List<String> out = new ArrayList<>();
        withFindings.get("findings").forEach(f -> out.add(f.get("rule").asText() + " " + f.get("path").asText()));
        return out;
    }
}
