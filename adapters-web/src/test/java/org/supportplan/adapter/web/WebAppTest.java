package org.supportplan.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.supportplan.adapter.persistence.memory.MemoryStoreProvider;
import org.supportplan.application.port.in.DraftPlanUseCase;
import org.supportplan.application.port.in.FindPlanUseCase;
import org.supportplan.application.port.out.Store;
import org.supportplan.application.service.PlanService;
import org.supportplan.domain.testdata.PlanFixtures;

class WebAppTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String VALID = """
            {"personId":"P-100234","councilId":"derbyshire","whatIsImportant":"Seeing my grandchildren every week.",
             "supportItems":[
               {"description":"Personal assistant","provider":"PA employed by the person","quantity":"10.5",
                "unit":"HOURS_PER_WEEK","unitCost":"18.40"},
               {"description":"Day centre","provider":"Riverside Day Centre","quantity":"2",
                "unit":"SESSIONS_PER_WEEK","unitCost":"42.00"}]}
            """;

    // The real service over the real in-memory store, as the command line wires them.
    private final Store store = new MemoryStoreProvider().open("memory:");
    private final PlanService service = new PlanService(store.plans(), Clock.fixed(PlanFixtures.CREATED_AT, ZoneOffset.UTC));

    @AfterEach
    void closeStore() {
        store.close();
    }

    private Javalin app() {
        return WebApp.create(service, service);
    }

    @Test
    void createsAPlanAndAnswersWithItsLocationAndBody() {
        JavalinTest.test(app(), (server, client) -> {
            Response response = client.post("/plans", VALID);

            assertThat(response.code()).isEqualTo(201);
            JsonNode body = JSON.readTree(response.body().string());
            String id = body.get("id").asText();
            assertThat(UUID.fromString(id).toString()).isEqualTo(id);
            assertThat(response.headers().get("Location")).containsExactly("/plans/" + id);
            assertThat(response.headers().get("Content-Type").get(0)).startsWith("application/json");
            assertThat(response.headers().get("Cache-Control")).containsExactly("no-store");
            assertThat(body.get("personId").asText()).isEqualTo("P-100234");
            assertThat(body.get("councilId").asText()).isEqualTo("derbyshire");
            assertThat(body.get("status").asText()).isEqualTo("DRAFT");
            assertThat(body.get("createdAt").asText()).isEqualTo("2026-03-02T09:30:00Z");
            assertThat(body.get("whatIsImportant").asText()).isEqualTo("Seeing my grandchildren every week.");
            JsonNode first = body.get("supportItems").get(0);
            assertThat(first.get("quantity").isTextual()).isTrue();
            assertThat(first.get("quantity").asText()).isEqualTo("10.5");
            assertThat(first.get("unit").asText()).isEqualTo("HOURS_PER_WEEK");
            assertThat(first.get("unitCost").asText()).isEqualTo("18.40");
            assertThat(first.get("costPerPeriod").asText()).isEqualTo("193.20");
            assertThat(first.get("period").asText()).isEqualTo("WEEK");
            assertThat(body.get("supportItems").get(1).get("costPerPeriod").asText()).isEqualTo("84.00");
        });
    }

    @Test
    void readsACreatedPlanBack() {
        JavalinTest.test(app(), (server, client) -> {
            Response created = client.post("/plans", VALID);
            String location = created.headers().get("Location").get(0);

            Response read = client.get(location);

            assertThat(read.code()).isEqualTo(200);
            assertThat(read.headers().get("Cache-Control")).containsExactly("no-store");
            assertThat(JSON.readTree(read.body().string())).isEqualTo(JSON.readTree(created.body().string()));
        });
    }

    @Test
    void anUnknownPlanIsNotFound() {
        JavalinTest.test(app(), (server, client) -> {
            String path = "/plans/" + UUID.randomUUID();
            JsonNode problem = problem(client.get(path), 404, WebApp.NOT_FOUND);
            assertThat(problem.get("instance").asText()).isEqualTo(path);
        });
    }

    @Test
    void anIdThatIsNotAUuidIsNotFoundEither() {
        JavalinTest.test(app(), (server, client) ->
                problem(client.get("/plans/not-a-uuid"), 404, WebApp.NOT_FOUND));
    }

    @Test
    void aBadUnitCostInTheSecondItemIsNamedByItsPath() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode problem = problem(client.post("/plans", VALID.replace("\"42.00\"", "\"42.005\"")),
                    400, WebApp.INVALID_REQUEST);

            assertThat(errors(problem)).containsExactly("$.supportItems[1].unitCost Pattern");
        });
    }

    @Test
    void aNegativeUnitCostIsRefused() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode problem = problem(client.post("/plans", VALID.replace("\"18.40\"", "\"-18.40\"")),
                    400, WebApp.INVALID_REQUEST);

            assertThat(errors(problem)).containsExactly("$.supportItems[0].unitCost Pattern");
        });
    }

    @Test
    void aDomainRuleRefusalIsNamedByItsPathToo() {
        JavalinTest.test(app(), (server, client) -> {
            // Matches the pattern but is above the domain's largest amount.
            JsonNode problem = problem(client.post("/plans", VALID.replace("\"42.00\"", "\"9999999999999\"")),
                    400, WebApp.INVALID_REQUEST);

            assertThat(errors(problem)).containsExactly("$.supportItems[1].unitCost money.range");
        });
    }

    @Test
    void aMissingPersonIdIsRefused() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode problem = problem(client.post("/plans", VALID.replace("\"personId\":\"P-100234\",", "")),
                    400, WebApp.INVALID_REQUEST);

            assertThat(errors(problem)).containsExactly("$.personId NotNull");
            assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo("personId is required");
        });
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        JavalinTest.test(app(), (server, client) -> {
            String body = VALID.replace("\"derbyshire\"", "\"Derbyshire!\"").replace("\"HOURS_PER_WEEK\"", "\"HOURS\"");

            JsonNode problem = problem(client.post("/plans", body), 400, WebApp.INVALID_REQUEST);

            assertThat(errors(problem)).containsExactly("$.councilId Pattern", "$.supportItems[0].unit EnumName");
        });
    }

    @Test
    void malformedJsonSaysWhere() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode problem = problem(client.post("/plans", "{\"personId\": \"P-1\",\n \"councilId\": derbyshire}"),
                    400, WebApp.MALFORMED_JSON);

            JsonNode error = problem.get("errors").get(0);
            assertThat(error.get("field").asText()).isEqualTo("$.councilId");
            assertThat(error.get("rule").asText()).isEqualTo("json.syntax");
            assertThat(error.get("message").asText()).contains("line 2");
            assertThat(problem.toString()).doesNotContain("derbyshire");
        });
    }

    @Test
    void anUnknownFieldIsRefused() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode problem = problem(client.post("/plans", VALID.replace("\"unit\":\"SESSIONS_PER_WEEK\"",
                    "\"unit\":\"SESSIONS_PER_WEEK\",\"colour\":\"blue\"")), 400, WebApp.MALFORMED_JSON);

            assertThat(errors(problem)).containsExactly("$.supportItems[1].colour unknown-field");
        });
    }

    @Test
    void anAmountWrittenAsAJsonNumberIsRefused() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode problem = problem(client.post("/plans", VALID.replace("\"18.40\"", "18.40")),
                    400, WebApp.MALFORMED_JSON);

            assertThat(errors(problem)).containsExactly("$.supportItems[0].unitCost json.type");
            assertThat(problem.get("errors").get(0).get("message").asText()).contains("\"18.40\"");
        });
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupported() {
        JavalinTest.test(app(), (server, client) -> {
            Response response = client.request("/plans", b -> b.post(BodyPublishers.ofString(VALID))
                    .header("Content-Type", "text/plain"));

            problem(response, 415, WebApp.UNSUPPORTED_MEDIA_TYPE);
        });
    }

    @Test
    void jsonWithACharsetIsAccepted() {
        JavalinTest.test(app(), (server, client) -> {
            Response response = client.request("/plans", b -> b.post(BodyPublishers.ofString(VALID))
                    .header("Content-Type", "application/json; charset=UTF-8"));

            assertThat(response.code()).isEqualTo(201);
        });
    }

    @Test
    void anUnknownAddressIsAProblem() {
        JavalinTest.test(app(), (server, client) -> problem(client.get("/nothing-here"), 404, WebApp.NOT_FOUND));
    }

    @Test
    void aWrongMethodIsAProblem() {
        JavalinTest.test(app(), (server, client) -> {
            Response response = client.get("/plans");

            problem(response, 405, WebApp.METHOD_NOT_ALLOWED);
            assertThat(response.headers().get("Allow")).containsExactly("POST");
        });
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() {
        JavalinTest.test(app(), (server, client) -> {
            String huge = VALID.replace("Seeing my grandchildren every week.", "x".repeat(1_100_000));
            problem(client.post("/plans", huge), 413, WebApp.TOO_LARGE);
        });
    }

    @Test
    void anUnexpectedFailureSaysNothingAboutItself() {
        DraftPlanUseCase failing = command -> {
            throw new IllegalStateException("secret-detail from the database");
        };
        FindPlanUseCase finder = id -> {
            throw new IllegalStateException("secret-detail from the database");
        };
        JavalinTest.test(WebApp.create(failing, finder), (server, client) -> {
            JsonNode created = problem(client.post("/plans", VALID), 500, WebApp.INTERNAL);
            JsonNode found = problem(client.get("/plans/" + UUID.randomUUID()), 500, WebApp.INTERNAL);

            assertThat(created.toString()).doesNotContain("secret-detail");
            assertThat(found.toString()).doesNotContain("secret-detail");
        });
    }

    @Test
    void anErrorThatIsNotAnExceptionIsStillAProblem() {
        DraftPlanUseCase failing = command -> {
            throw new LinkageError("secret-detail from a class loader");
        };
        JavalinTest.test(WebApp.create(failing, service), (server, client) -> {
            Response response = client.post("/plans", VALID);

            assertThat(response.code()).isEqualTo(500);
            assertThat(response.headers().get("Content-Type").get(0)).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(response.body().string());
            assertThat(problem.get("type").asText()).isEqualTo(WebApp.INTERNAL);
            assertThat(problem.toString()).doesNotContain("secret-detail", "Error");
        });
    }

    /** Asserts an RFC 9457 problem of this status and type, with no trace of the server's internals. */
    private static JsonNode problem(Response response, int status, String type) throws Exception {
        String text = response.body().string();
        assertThat(response.code()).isEqualTo(status);
        assertThat(response.headers().get("Content-Type").get(0)).startsWith("application/problem+json");
        assertThat(text).doesNotContain("Exception", "\tat ", "org.supportplan", "io.javalin", "com.fasterxml");
        JsonNode problem = JSON.readTree(text);
        assertThat(problem.get("type").asText()).isEqualTo(type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("instance").asText()).startsWith("/");
        return problem;
    }

    /** Each error as "field rule". */
    private static List<String> errors(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.get("errors").forEach(e -> out.add(e.get("field").asText() + " " + e.get("rule").asText()));
        return out;
    }
}
