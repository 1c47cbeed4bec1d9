package org.supportplan.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supportplan.adapter.web.TestApp.COMPLETE;
import static org.supportplan.adapter.web.TestApp.errors;
import static org.supportplan.adapter.web.TestApp.json;
import static org.supportplan.adapter.web.TestApp.ok;
import static org.supportplan.adapter.web.TestApp.problem;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;

import org.junit.jupiter.api.Test;
import org.supportplan.adapter.web.TestApp.PlanClient;
import org.supportplan.application.testdata.InMemoryStore;
import org.supportplan.domain.testdata.PlanFixtures;

/** Bodies over the limit, however sent, and bodies that are wrong in every way a field can be: refused, naming the field. */
class HostileInputHttpTest {

    private final InMemoryStore store = new InMemoryStore();
    private final TestClock clock = new TestClock(PlanFixtures.CREATED_AT);

    private static Response chunked(HttpClient client, String path, String contentType, byte[] body) {
        // ofInputStream has no length, so the body goes chunked, without a Content-Length to refuse it by.
        return client.request(path, b -> b.post(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .header("Content-Type", contentType));
    }

    @Test
    void aBodyDeclaredOverTheLimitIsRefusedBeforeAnyHandlerReadsAnything() {
        WebSettings small = WebSettings.defaults().withClock(clock).withMaxJsonBytes(COMPLETE.length() - 1);
        TestApp.test(TestApp.app(store, clock, WebSettings.defaults().withClock(clock)), (server, client) -> {
            PlanClient.create(client, COMPLETE);
        });
        TestApp.test(TestApp.app(store, clock, small), (server, client) -> {
            String id = store.entries().get(0).event().plan().toString();
            int entries = store.entries().size();

            problem(client.post("/plans", COMPLETE), 413, WebApp.TOO_LARGE);
            // The edit reads the plan before its body; refused by its declared length, it reads nothing at all.
            problem(TestApp.put(client, "/plans/" + id + "/content", COMPLETE, "*"), 413, WebApp.TOO_LARGE);

            assertThat(store.writes()).isEqualTo(1);
            assertThat(store.entries()).hasSize(entries);
        });
    }

    @Test
    void aChunkedBodyIsReadNoFurtherThanTheLimit() {
        WebSettings small = WebSettings.defaults().withClock(clock).withMaxJsonBytes(4096);
        TestApp.test(TestApp.app(store, clock, small), (server, client) -> {
            byte[] endless = ("{\"whatIsImportant\": \"" + "x".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);

            problem(chunked(client, "/plans", "application/json", endless), 413, WebApp.TOO_LARGE);
            problem(chunked(client, "/checks", "application/json", endless), 413, WebApp.TOO_LARGE);
            ok(chunked(client, "/plans", "application/json", COMPLETE.getBytes(StandardCharsets.UTF_8)), 201);

            assertThat(store.writes()).isEqualTo(1);
        });
    }

    @Test
    void theUploadKeepsItsOwnLargerLimit() {
        WebSettings limits = WebSettings.defaults().withClock(clock).withMaxJsonBytes(1024).withMaxUploadBytes(8192);
        TestApp.test(TestApp.app(store, clock, limits), TestApp.FINANCE_AUDITOR, (server, client) -> {
            String rows = "date,payee,amount\n" + "2026-04-06,Bury Council,772.80\n".repeat(100); // about 3 KiB

            // Over the JSON limit but within the upload's: read, and found to be for no account.
            problem(client.request("/accounts/DP-1/transactions", b -> b.post(BodyPublishers.ofString(rows))
                    .header("Content-Type", "text/csv")), 404, WebApp.NOT_FOUND);
            problem(client.request("/accounts/DP-1/transactions", b -> b.post(BodyPublishers.ofString(rows.repeat(3)))
                    .header("Content-Type", "text/csv")), 413, WebApp.TOO_LARGE);
            // Chunked, its size is known only by reading it, and an upload to no account is never read.
            problem(chunked(client, "/accounts/DP-1/transactions", "text/csv", rows.repeat(3).getBytes(StandardCharsets.UTF_8)),
                    404, WebApp.NOT_FOUND);
        });
    }

    @Test
    void unknownFieldsWrongTypesBadDatesAndNumbersOutOfRangeAreRefusedNamingTheField() {
        TestApp.test(TestApp.app(store, clock, WebSettings.defaults().withClock(clock)), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);
            int writes = store.writes();

            assertRefused(json(client, "POST", "/plans", COMPLETE.replaceFirst("\\{", "{\"colour\": \"red\", ")),
                    WebApp.MALFORMED_JSON, "$.colour unknown-field");
            assertRefused(json(client, "POST", "/checks", COMPLETE.replace("\"10.5\"", "10.5")),
                    WebApp.MALFORMED_JSON, "$.supportItems[0].quantity json.type");
            assertRefused(json(client, "POST", "/plans", COMPLETE.replace("\"2026-04-01\"", "\"2026-02-30\"")),
                    WebApp.INVALID_REQUEST, "$.actionPlan[0].byWhen date.valid");
            assertRefused(json(client, "POST", "/plans", COMPLETE.replace("\"16000.00\"", "\"9999999999999.99\"")),
                    WebApp.INVALID_REQUEST, "$.budget.indicativeAnnual money.range");
            assertRefused(plan.post("/activate", "{\"supportStart\": \"2026-13-01\"}"),
                    WebApp.INVALID_REQUEST, "$.supportStart date.valid");
            assertRefused(plan.post("/return", "{\"reasons\": [\"fine\"], \"reasons\": [\"again\"]}"),
                    WebApp.MALFORMED_JSON, "$.reasons json.syntax");
            assertRefused(json(client, "PUT", plan.path() + "/review-interval", "{\"amount\": 99999999999999999999, \"unit\": \"WEEKS\"}"),
                    WebApp.MALFORMED_JSON, "$.amount json.type");
            assertRefused(json(client, "PUT", plan.path() + "/review-interval", "{\"amount\": 121, \"unit\": \"WEEKS\"}"),
                    WebApp.INVALID_REQUEST, "$.amount Max");
            assertRefused(json(client, "PUT", plan.path() + "/review-interval", "{\"amount\": -1e400, \"unit\": \"WEEKS\"}"),
                    WebApp.MALFORMED_JSON, "$.amount json.type");
            assertRefused(json(client, "POST", plan.path() + "/review-requests", "{\"requestedOn\": [\"2026-05-30\"], \"requestedBy\": \"CARER\"}"),
                    WebApp.MALFORMED_JSON, "$.requestedOn json.type");

            assertThat(store.writes()).isEqualTo(writes);
        });
    }

    @Test
    void deepNestingAndHugeNumbersAreMalformedNotAFailure() {
        TestApp.test(TestApp.app(store, clock, WebSettings.defaults().withClock(clock)), (server, client) -> {
            String deep = "{\"reasons\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
            JsonNode nested = problem(json(client, "POST", "/plans", deep), 400, WebApp.MALFORMED_JSON);
            assertThat(nested.get("errors").get(0).get("field").asText()).startsWith("$");

            String longNumber = "{\"amount\": " + "9".repeat(2000) + ", \"unit\": \"WEEKS\"}";
            problem(json(client, "POST", "/checks", longNumber), 400, WebApp.MALFORMED_JSON);

            assertThat(store.writes()).isZero();
        });
    }

    private static void assertRefused(Response response, String type, String error) throws java.io.IOException {
        JsonNode refused = problem(response, 400, type);
        assertThat(errors(refused)).as(refused.toString()).contains(error);
        assertThat(List.of(WebApp.MALFORMED_JSON, WebApp.INVALID_REQUEST)).contains(type);
    }
}
