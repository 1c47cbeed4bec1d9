package org.supportplan.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supportplan.adapter.web.TestApp.COMPLETE;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;

import org.junit.jupiter.api.Test;
import org.supportplan.adapter.web.security.AccessGate;
import org.supportplan.adapter.web.security.DevTokens;
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
 * Every route of the running app, called by every role, on a plan of someone the caller is linked to ("own") and of
 * someone they are not ("other"), and once with no token. The expected status of each cell is written in
 * {@link #MATRIX}; the routes are read from the app, so a route added without a row here fails this test.
 *
 * <p>"Own" is person P-OWN under Derbyshire: the person themself, their representative, their care worker, and a
 * care manager and a finance auditor of Derbyshire. "Other" is P-OTHER under Bury, linked to none of them. Each cell
 * gets fresh plans, set up by a care manager and a finance auditor of both councils in the state its route needs, so
 * a success is a real success (2xx) and not a refusal for the wrong reason.
 */
class AccessMatrixHttpTest {

    /**
     * route | person | representative | care-worker | care-manager | finance-auditor | monitoring | no token. Each role's cell is
     * own/other. A 404 for "other" is the same answer as for a plan that does not exist; 403 means the role may never
     * do this (or, for new plans and caseloads, not for that person or council).
     */
    private static final String MATRIX = """
            POST /plans                        | 201/403 | 201/403 | 201/403 | 201/403 | 403/403 | 403/403 | 401
            GET /plans/{id}                    | 200/404 | 200/404 | 200/404 | 200/404 | 200/404 | 403/403 | 401
            GET /plans/{id}/versions           | 200/404 | 200/404 | 200/404 | 200/404 | 200/404 | 403/403 | 401
            GET /plans/{id}/versions/{version} | 200/404 | 200/404 | 200/404 | 200/404 | 200/404 | 403/403 | 401
            PUT /plans/{id}/content            | 200/404 | 200/404 | 200/404 | 200/404 | 403/403 | 403/403 | 401
            POST /plans/{id}/submit            | 200/404 | 200/404 | 200/404 | 200/404 | 403/403 | 403/403 | 401
            POST /plans/{id}/return            | 403/403 | 403/403 | 403/403 | 200/404 | 403/403 | 403/403 | 401
            POST /plans/{id}/sign-off          | 403/403 | 403/403 | 403/403 | 200/404 | 403/403 | 403/403 | 401
            POST /plans/{id}/activate          | 403/403 | 403/403 | 403/403 | 200/404 | 403/403 | 403/403 | 401
            POST /plans/{id}/end               | 403/403 | 403/403 | 403/403 | 200/404 | 403/403 | 403/403 | 401
            POST /plans/{id}/revise            | 201/404 | 201/404 | 201/404 | 201/404 | 403/403 | 403/403 | 401
            GET /plans/{id}/check              | 200/404 | 200/404 | 200/404 | 200/404 | 403/403 | 403/403 | 401
            POST /plans/{id}/reviews           | 403/403 | 403/403 | 201/404 | 201/404 | 403/403 | 403/403 | 401
            GET /plans/{id}/reviews            | 200/404 | 200/404 | 200/404 | 200/404 | 403/403 | 403/403 | 401
            GET /plans/{id}/reviews/{reviewId} | 200/404 | 200/404 | 200/404 | 200/404 | 403/403 | 403/403 | 401
            POST /plans/{id}/review-requests   | 201/404 | 201/404 | 201/404 | 201/404 | 403/403 | 403/403 | 401
            PUT /plans/{id}/review-interval    | 403/403 | 403/403 | 200/404 | 200/404 | 403/403 | 403/403 | 401
            GET /plans/{id}/review-schedule    | 200/404 | 200/404 | 200/404 | 200/404 | 403/403 | 403/403 | 401
            GET /councils/{id}/reviews/due     | 403/403 | 403/403 | 403/403 | 200/403 | 403/403 | 403/403 | 401
            POST /plans/{id}/accounts          | 403/403 | 403/403 | 403/403 | 201/404 | 201/404 | 403/403 | 401
            GET /accounts/{id}                 | 200/404 | 200/404 | 403/403 | 200/404 | 200/404 | 403/403 | 401
            PUT /accounts/{id}/monitoring      | 403/403 | 403/403 | 403/403 | 200/404 | 200/404 | 403/403 | 401
            POST /accounts/{id}/transactions   | 403/403 | 403/403 | 403/403 | 403/403 | 201/404 | 403/403 | 401
            POST /accounts/{id}/audits         | 403/403 | 403/403 | 403/403 | 403/403 | 201/404 | 403/403 | 401
            GET /accounts/{id}/audits          | 403/403 | 403/403 | 403/403 | 200/404 | 200/404 | 403/403 | 401
            GET /audits/{reportId}             | 403/403 | 403/403 | 403/403 | 200/404 | 200/404 | 403/403 | 401
            POST /checks                       | 200/200 | 200/200 | 200/200 | 200/200 | 200/200 | 403/403 | 401
            GET /councils                      | 200/200 | 200/200 | 200/200 | 200/200 | 200/200 | 403/403 | 401
            GET /councils/{id}                 | 200/200 | 200/200 | 200/200 | 200/200 | 200/200 | 403/403 | 401
            GET /metrics                       | 403/403 | 403/403 | 403/403 | 403/403 | 403/403 | 200/200 | 401
            """;

    /** Routes that need no token; their rows may be missing while the branch adding them is not merged. */
    private static final Set<String> PUBLIC = Set.of("GET /health/live", "GET /health/ready", "GET /openapi.json", "GET /docs",
            "GET /docs/{asset}");

    private static final List<Role> COLUMNS = List.of(Role.PERSON, Role.REPRESENTATIVE, Role.CARE_WORKER, Role.CARE_MANAGER,
            Role.FINANCE_AUDITOR, Role.MONITORING);

    private static final Owner OWN = new Owner("P-OWN", "derbyshire");
    private static final Owner OTHER = new Owner("P-OTHER", "bury");

    private static final String SETUP_CM = "matrix-setup-care-manager";
    private static final String SETUP_FA = "matrix-setup-finance-auditor";
    private static final Map<Role, String> TOKENS = new EnumMap<>(Map.of(
            Role.PERSON, "matrix-person-token-1",
            Role.REPRESENTATIVE, "matrix-representative-token-1",
            Role.CARE_WORKER, "matrix-care-worker-token-1",
            Role.CARE_MANAGER, "matrix-care-manager-token-1",
            Role.FINANCE_AUDITOR, "matrix-finance-auditor-token-1",
            Role.MONITORING, "matrix-monitoring-token-1"));

    private static final String SIGN_OFF = "{\"signedOffBy\": \"CM-0042\", \"finalBudgetAnnual\": \"16000.00\"}";
    private static final String REVIEW = """
            {"heldOn": "2026-05-28", "trigger": "SCHEDULED_INITIAL", "method": "HOME_VISIT",
             "participants": ["CARE_MANAGER", "PERSON"],
             "budgetUse": [{"need": "n1", "howUsed": "The PA comes every morning"}],
             "outcome": {"kind": "NO_CHANGE"}, "coversDirectPayment": true}""";
    private static final String CSV = """
            date,payee,amount,category,reference
            2026-04-06,Bury Council,772.80,,DP-260406
            2026-04-08,J. Carter,-193.20,personal-assistant,FP-260408
            """;

    private final InMemoryStore store = new InMemoryStore();
    private final TestClock clock = new TestClock(PlanFixtures.CREATED_AT);
    private final HttpClient http = TestApp.CONTRACT_CLIENT; // every cell's exchange is checked against the contract too
    private final AtomicInteger accounts = new AtomicInteger();
    private String origin;

    @Test
    void everyRouteAnswersEveryRoleAsTheTableSays() {
        Map<String, Row> rows = rows();
        Javalin app = app();
        List<String> routes = AccessGate.routes(app);
        List<String> guarded = routes.stream().filter(route -> !PUBLIC.contains(route)).toList();
        assertThat(rows.keySet()).as("a row for every route the app serves, and no row for a route it does not")
                .containsExactlyInAnyOrderElementsOf(guarded);
        assertThat(calls().keySet()).as("a call for every row").containsExactlyInAnyOrderElementsOf(rows.keySet());

        JavalinTest.test(app, (server, client) -> {
            origin = client.getOrigin();
            List<String> wrong = new ArrayList<>();
            int cells = 0;
            for (Row row : rows.values()) {
                Call call = calls().get(row.route());
                for (Role role : COLUMNS) {
                    for (Owner owner : List.of(OWN, OTHER)) {
                        int expected = owner == OWN ? row.own().get(role) : row.other().get(role);
                        Answer answer = call.run(this, owner, TOKENS.get(role));
                        cells++;
                        if (answer.status() != expected) {
                            wrong.add(row.route() + " as " + role.wire() + " on " + (owner == OWN ? "own" : "other")
                                    + ": expected " + expected + ", got " + answer.status() + " " + answer.body());
                        }
                        if (answer.status() == 404 || answer.status() == 403) {
                            assertThat(answer.contentType()).startsWith("application/problem+json");
                        }
                    }
                }
                Answer anonymous = call.run(this, OWN, null);
                cells++;
                if (anonymous.status() != row.anonymous()) {
                    wrong.add(row.route() + " with no token: expected " + row.anonymous() + ", got " + anonymous.status());
                }
            }
            assertThat(wrong).as("cells answered otherwise than the table says").isEmpty();
            assertThat(cells).isEqualTo(rows.size() * (COLUMNS.size() * 2 + 1));
        });
    }

    @Test
    void publicRoutesThatExistNeedNoToken() {
        Javalin app = app();
        List<String> present = AccessGate.routes(app).stream().filter(PUBLIC::contains).toList();
        JavalinTest.test(app, (server, client) -> {
            origin = client.getOrigin();
            for (String route : present) {
                String path = route.split(" ", 2)[1].replace("{asset}", "swagger-ui.css");
                Answer answer = send(route.split(" ")[0], path, null, null, null, null);
                assertThat(answer.status()).as(route).isNotIn(401, 403);
            }
        });
    }

    private Javalin app() {
        Map<String, Principal> tokens = new LinkedHashMap<>();
        Set<PersonId> own = Set.of(PersonId.of(OWN.person()));
        Set<CouncilId> derbyshire = Set.of(CouncilId.of(OWN.council()));
        Set<CouncilId> both = Set.of(CouncilId.of(OWN.council()), CouncilId.of(OTHER.council()));
        tokens.put(TOKENS.get(Role.PERSON), new Principal("u-person", Role.PERSON, own, Set.of()));
        tokens.put(TOKENS.get(Role.REPRESENTATIVE), new Principal("u-representative", Role.REPRESENTATIVE, own, Set.of()));
        tokens.put(TOKENS.get(Role.CARE_WORKER), new Principal("u-care-worker", Role.CARE_WORKER,
                Set.of(PersonId.of(OWN.person()), PersonId.of("P-CASELOAD-2")), Set.of()));
        tokens.put(TOKENS.get(Role.CARE_MANAGER), new Principal("u-care-manager", Role.CARE_MANAGER, Set.of(), derbyshire));
        tokens.put(TOKENS.get(Role.FINANCE_AUDITOR), new Principal("u-finance-auditor", Role.FINANCE_AUDITOR, Set.of(), derbyshire));
        tokens.put(TOKENS.get(Role.MONITORING), new Principal("u-monitoring", Role.MONITORING, Set.of(), Set.of()));
        tokens.put(SETUP_CM, new Principal("u-setup-cm", Role.CARE_MANAGER, Set.of(), both));
        tokens.put(SETUP_FA, new Principal("u-setup-fa", Role.FINANCE_AUDITOR, Set.of(), both));
        Security security = Security.of(DevTokens.of(tokens), PlanDirectory.over(store.plans(), store.accounts()));
        return WebApp.create(TestApp.useCases(store.plans(), store.auditTrail(), store, clock), security);
    }

    // ---- the table

    /** One row: each role's status on its own plan and on another's, and with no token. */
    private record Row(String route, Map<Role, Integer> own, Map<Role, Integer> other, int anonymous) {
    }

    private static Map<String, Row> rows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : MATRIX.strip().split("\n")) {
            String[] cells = line.split("\\|");
            assertThat(cells).as(line).hasSize(COLUMNS.size() + 2);
            String route = cells[0].strip().replaceAll(" +", " ");
            Map<Role, Integer> own = new EnumMap<>(Role.class);
            Map<Role, Integer> other = new EnumMap<>(Role.class);
            for (int i = 0; i < COLUMNS.size(); i++) {
                String[] pair = cells[i + 1].strip().split("/");
                own.put(COLUMNS.get(i), Integer.parseInt(pair[0]));
                other.put(COLUMNS.get(i), Integer.parseInt(pair[1]));
            }
            assertThat(rows.put(route, new Row(route, own, other, Integer.parseInt(cells[COLUMNS.size() + 1].strip()))))
                    .as("one row for " + route).isNull();
        }
        return rows;
    }

    // ---- the calls: for each route, the fixture it needs and a request that succeeds when allowed

    /** Whose plan a cell is about. */
    private record Owner(String person, String council) {
    }

    /** What a cell's request works on. */
    private record Fixture(Owner owner, String plan, String account, String report, String review) {
    }

    /** An answer. */
    private record Answer(int status, String contentType, String location, String body) {
    }

    @FunctionalInterface
    private interface Call {
        Answer run(AccessMatrixHttpTest test, Owner owner, String token) throws IOException, InterruptedException;
    }

    private enum State { DRAFT, SUBMITTED, AGREED, ACTIVE, REVIEWED, ACCOUNT, REPORT }

    private static Map<String, Call> calls() {
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("POST /plans", (t, o, token) -> t.send("POST", "/plans", token, "application/json", t.document(o), null));
        calls.put("GET /plans/{id}", on(State.DRAFT, "GET", "", null));
        calls.put("GET /plans/{id}/versions", on(State.DRAFT, "GET", "/versions", null));
        calls.put("GET /plans/{id}/versions/{version}", on(State.DRAFT, "GET", "/versions/1", null));
        calls.put("PUT /plans/{id}/content", (t, o, token) -> {
            Fixture f = t.fixture(State.DRAFT, o);
            return t.send("PUT", f.plan() + "/content", token, "application/json", t.document(o), "*");
        });
        calls.put("POST /plans/{id}/submit", on(State.DRAFT, "POST", "/submit", ""));
        calls.put("POST /plans/{id}/return", on(State.SUBMITTED, "POST", "/return", "{\"reasons\": [\"Please say who covers weekends.\"]}"));
        calls.put("POST /plans/{id}/sign-off", on(State.SUBMITTED, "POST", "/sign-off", SIGN_OFF));
        calls.put("POST /plans/{id}/activate", on(State.AGREED, "POST", "/activate", "{\"supportStart\": \"2026-06-15\"}"));
        calls.put("POST /plans/{id}/end", on(State.ACTIVE, "POST", "/end", "{\"endedOn\": \"2026-06-01\"}"));
        calls.put("POST /plans/{id}/revise", on(State.ACTIVE, "POST", "/revise", ""));
        calls.put("GET /plans/{id}/check", on(State.DRAFT, "GET", "/check", null));
        calls.put("POST /plans/{id}/reviews", on(State.ACTIVE, "POST", "/reviews", REVIEW));
        calls.put("GET /plans/{id}/reviews", on(State.REVIEWED, "GET", "/reviews", null));
        calls.put("GET /plans/{id}/reviews/{reviewId}", (t, o, token) -> {
            Fixture f = t.fixture(State.REVIEWED, o);
            return t.send("GET", f.review(), token, null, null, null);
        });
        calls.put("POST /plans/{id}/review-requests",
                on(State.ACTIVE, "POST", "/review-requests", "{\"requestedOn\": \"2026-05-30\", \"requestedBy\": \"PERSON\"}"));
        calls.put("PUT /plans/{id}/review-interval", on(State.ACTIVE, "PUT", "/review-interval", "{\"amount\": 3, \"unit\": \"MONTHS\"}"));
        calls.put("GET /plans/{id}/review-schedule", on(State.ACTIVE, "GET", "/review-schedule", null));
        calls.put("GET /councils/{id}/reviews/due", (t, o, token) ->
                t.send("GET", "/councils/" + o.council() + "/reviews/due?within=30d", token, null, null, null));
        calls.put("POST /plans/{id}/accounts", (t, o, token) -> {
            Fixture f = t.fixture(State.AGREED, o);
            return t.send("POST", f.plan() + "/accounts", token, "application/json", t.openAccount(), null);
        });
        calls.put("GET /accounts/{id}", onAccount(State.ACCOUNT, "GET", "", null, null));
        calls.put("PUT /accounts/{id}/monitoring", onAccount(State.ACCOUNT, "PUT", "/monitoring", "application/json",
                "{\"monitoringLevel\": \"enhanced\", \"assessedOn\": \"2026-05-20\", \"assessedBy\": \"CM-0077\"}"));
        calls.put("POST /accounts/{id}/transactions", onAccount(State.ACCOUNT, "POST", "/transactions", "text/csv", CSV));
        calls.put("POST /accounts/{id}/audits", onAccount(State.ACCOUNT, "POST", "/audits", "application/json", "{}"));
        calls.put("GET /accounts/{id}/audits", onAccount(State.REPORT, "GET", "/audits", null, null));
        calls.put("GET /audits/{reportId}", (t, o, token) -> {
            Fixture f = t.fixture(State.REPORT, o);
            return t.send("GET", f.report(), token, null, null, null);
        });
        calls.put("POST /checks", (t, o, token) -> t.send("POST", "/checks", token, "application/json", t.document(o), null));
        calls.put("GET /councils", (t, o, token) -> t.send("GET", "/councils", token, null, null, null));
        calls.put("GET /councils/{id}", (t, o, token) -> t.send("GET", "/councils/" + o.council(), token, null, null, null));
        calls.put("GET /metrics", (t, o, token) -> t.send("GET", "/metrics", token, null, null, null));
        return calls;
    }

    /** A request below a fresh plan in {@code state}; changes are sent with {@code If-Match: *}. */
    private static Call on(State state, String method, String below, String body) {
        return (t, o, token) -> {
            Fixture f = t.fixture(state, o);
            return t.send(method, f.plan() + below, token, body == null ? null : "application/json", body,
                    method.equals("GET") ? null : "*");
        };
    }

    /** A request below a fresh account of a plan in {@code state}. */
    private static Call onAccount(State state, String method, String below, String contentType, String body) {
        return (t, o, token) -> {
            Fixture f = t.fixture(state, o);
            return t.send(method, f.account() + below, token, contentType, body, null);
        };
    }

    // ---- fixtures, made by the setup care manager and finance auditor

    private String document(Owner owner) {
        return COMPLETE.replace("\"personId\": \"P-100234\"", "\"personId\": \"" + owner.person() + "\"")
                .replace("\"councilId\": \"derbyshire\"", "\"councilId\": \"" + owner.council() + "\"");
    }

    private String openAccount() {
        return "{\"accountId\": \"DP-M" + accounts.incrementAndGet()
                + "\", \"monitoringLevel\": \"standard\", \"assessedOn\": \"2026-03-01\", \"assessedBy\": \"CM-0042\"}";
    }

    private Fixture fixture(State state, Owner owner) throws IOException, InterruptedException {
        clock.set(PlanFixtures.CREATED_AT);
        Answer created = expect(send("POST", "/plans", SETUP_CM, "application/json", document(owner), null), 201);
        String plan = "/plans/" + TestApp.JSON.readTree(created.body()).get("id").asText();
        String account = null;
        String report = null;
        String review = null;
        if (state.compareTo(State.SUBMITTED) >= 0) {
            expect(send("POST", plan + "/submit", SETUP_CM, "application/json", "", "*"), 200);
        }
        if (state.compareTo(State.AGREED) >= 0) {
            expect(send("POST", plan + "/sign-off", SETUP_CM, "application/json", SIGN_OFF, "*"), 200);
        }
        if (state == State.ACTIVE || state == State.REVIEWED) {
            expect(send("POST", plan + "/activate", SETUP_CM, "application/json", "{\"supportStart\": \"2026-03-16\"}", "*"), 200);
        }
        clock.set("2026-06-01");
        if (state == State.REVIEWED) {
            review = expect(send("POST", plan + "/reviews", SETUP_CM, "application/json", REVIEW, "*"), 201).location();
        }
        if (state == State.ACCOUNT || state == State.REPORT) {
            account = expect(send("POST", plan + "/accounts", SETUP_FA, "application/json", openAccount(), null), 201).location();
        }
        if (state == State.REPORT) {
            report = expect(send("POST", account + "/audits", SETUP_FA, "application/json", "{}", null), 201).location();
        }
        return new Fixture(owner, plan, account, report, review);
    }

    private static Answer expect(Answer answer, int status) {
        assertThat(answer.status()).as("setup: " + answer.body()).isEqualTo(status);
        return answer;
    }

    private Answer send(String method, String path, String token, String contentType, String body, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Location").orElse(null), response.body());
    }
}
