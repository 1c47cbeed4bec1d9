package org.supportplan.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supportplan.adapter.web.TestApp.COMPLETE;
import static org.supportplan.adapter.web.TestApp.errors;
import static org.supportplan.adapter.web.TestApp.ok;
import static org.supportplan.adapter.web.TestApp.problem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;

import org.junit.jupiter.api.Test;
import org.supportplan.adapter.web.TestApp.PlanClient;
import org.supportplan.adapter.web.idempotency.IdempotencyKeys;
import org.supportplan.application.port.in.DraftPlanUseCase;
import org.supportplan.application.testdata.InMemoryStore;
import org.supportplan.domain.testdata.PlanFixtures;

/** Idempotency-Key on the routes that create something: a retry gets the first answer and creates nothing twice. */
class IdempotencyHttpTest {

    private static final String KEY = "\"8e03978e-40d5-43e8-bc93-6894a57f9324\"";

    private final InMemoryStore store = new InMemoryStore();
    private final TestClock clock = new TestClock(PlanFixtures.CREATED_AT);

    private WebSettings settings() {
        return WebSettings.defaults().withClock(clock);
    }

    /** Drafts a plan with {@code key}, as {@code token}'s holder (or the client's own caller when null). */
    private static Response draft(HttpClient client, String key, String token, String body) {
        HttpClient caller = token == null ? client : TestApp.as(client, token);
        return caller.request("/plans", b -> b.post(BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Idempotency-Key", key));
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndCreatesNothingTwice() {
        TestApp.test(TestApp.app(store, clock, settings()), (server, client) -> {
            Response first = draft(client, KEY, null, COMPLETE);
            String firstBody = first.body().string();
            int writes = store.writes();
            int entries = store.entries().size();

            Response retry = draft(client, KEY, null, COMPLETE);

            assertThat(retry.code()).isEqualTo(201);
            assertThat(retry.body().string()).isEqualTo(firstBody);
            assertThat(retry.headers().get("Location")).isEqualTo(first.headers().get("Location"));
            assertThat(retry.headers().get("ETag")).isEqualTo(first.headers().get("ETag"));
            assertThat(retry.headers().get("Content-Location")).isEqualTo(first.headers().get("Content-Location"));
            assertThat(retry.headers().get("Cache-Control")).containsExactly("no-store");
            assertThat(retry.headers().get("Idempotent-Replayed")).containsExactly("true");
            assertThat(first.headers().get("Idempotent-Replayed")).isNull();
            assertThat(store.writes()).isEqualTo(writes).isEqualTo(1);
            assertThat(store.entries()).hasSize(entries);
        });
    }

    @Test
    void theSameKeyForADifferentRequestIsRefusedAndNothingIsWritten() {
        TestApp.test(TestApp.app(store, clock, settings()), (server, client) -> {
            ok(draft(client, KEY, null, COMPLETE), 201);

            JsonNode refused = problem(draft(client, KEY, null, COMPLETE.replace("P-100234", "P-100235")), 422,
                    IdempotencyKeys.KEY_REUSED);

            assertThat(refused.get("detail").asText()).contains("different request");
            assertThat(store.writes()).isEqualTo(1);
        });
    }

    @Test
    void keysAreTheCallersOwnSoAnotherCallersKeyNeverReplaysTheirAnswer() {
        TestApp.test(TestApp.app(store, clock, settings()), (server, client) -> {
            Response mine = draft(client, KEY, TestApp.CARE_MANAGER, COMPLETE);
            Response theirs = draft(client, KEY, TestApp.OTHER_CARE_MANAGER, COMPLETE);

            assertThat(ok(mine, 201).get("id")).isNotEqualTo(ok(theirs, 201).get("id"));
            assertThat(theirs.headers().get("Idempotent-Replayed")).isNull();
            assertThat(store.writes()).isEqualTo(2);
        });
    }

    @Test
    void aRetryWithARenewedTokenOfTheSameCallerIsStillARetry() {
        TestApp.test(TestApp.app(store, clock, settings()), (server, client) -> {
            Response first = draft(client, KEY, TestApp.CARE_MANAGER, COMPLETE);
            Response retried = draft(client, KEY, TestApp.CARE_MANAGER_RENEWED, COMPLETE);

            assertThat(ok(retried, 201).get("id")).isEqualTo(ok(first, 201).get("id"));
            assertThat(retried.headers().get("Idempotent-Replayed")).containsExactly("true");
            assertThat(store.writes()).isEqualTo(1);
        });
    }

    @Test
    void aRefusedRequestLeavesItsKeyFreeForTheCorrectedOne() {
        TestApp.test(TestApp.app(store, clock, settings()), (server, client) -> {
            problem(draft(client, KEY, null, COMPLETE.replace("\"derbyshire\"", "\"Derbyshire!\"")), 400, WebApp.INVALID_REQUEST);

            Response corrected = draft(client, KEY, null, COMPLETE);

            ok(corrected, 201);
            assertThat(corrected.headers().get("Idempotent-Replayed")).isNull();
            assertThat(store.writes()).isEqualTo(1);
        });
    }

    @Test
    void aKeyIsKeptForTheRetentionPeriodAndThenForgotten() {
        WebSettings oneHour = settings().withIdempotency(Duration.ofHours(1), 100);
        TestApp.test(TestApp.app(store, clock, oneHour), (server, client) -> {
            ok(draft(client, KEY, null, COMPLETE), 201);

            clock.set(PlanFixtures.CREATED_AT.plus(Duration.ofMinutes(59)));
            assertThat(draft(client, KEY, null, COMPLETE).headers().get("Idempotent-Replayed")).containsExactly("true");
            assertThat(store.writes()).isEqualTo(1);

            clock.set(PlanFixtures.CREATED_AT.plus(Duration.ofMinutes(61)));
            Response afterwards = draft(client, KEY, null, COMPLETE);
            ok(afterwards, 201);
            assertThat(afterwards.headers().get("Idempotent-Replayed")).isNull();
            assertThat(store.writes()).isEqualTo(2);
        });
    }

    @Test
    void aRetryWhileTheFirstIsRunningIsAConflictAndTheFirstStillSucceedsOnce() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        WebApp.UseCases real = TestApp.useCases(store.plans(), store.auditTrail(), store, clock);
        DraftPlanUseCase slow = (command, actor) -> {
            entered.countDown();
            await(release);
            return real.drafts().draftPlan(command, actor);
        };
        WebApp.UseCases useCases = new WebApp.UseCases(slow, real.finder(), real.lifecycle(), real.checks(), real.councils(),
                real.reviews(), real.accounts(), real.transactions());
        TestApp.test(WebApp.create(useCases, TestApp.security(store.plans(), store.accounts()), settings(), Readiness.ALWAYS), (server, client) -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(client.getOrigin() + "/plans"))
                    .POST(BodyPublishers.ofString(COMPLETE)).header("Content-Type", "application/json")
                    .header("Idempotency-Key", KEY).header("Authorization", "Bearer " + TestApp.CARE_MANAGER).build();
            CompletableFuture<HttpResponse<String>> first = TestApp.CONTRACT_CLIENT.sendAsync(request,
                    HttpResponse.BodyHandlers.ofString());
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

            problem(draft(client, KEY, null, COMPLETE), 409, IdempotencyKeys.IN_PROGRESS);

            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
            assertThat(draft(client, KEY, null, COMPLETE).headers().get("Idempotent-Replayed")).containsExactly("true");
            assertThat(store.writes()).isEqualTo(1);
        });
    }

    @Test
    void aMalformedKeyIsABadRequestNamingTheHeader() {
        TestApp.test(TestApp.app(store, clock, settings()), (server, client) -> {
            for (String bad : new String[] {"\"\"", "two words", "\"" + "k".repeat(256) + "\"", "\"tab\there\"", "\"unclosed"}) {
                JsonNode refused = problem(draft(client, bad, null, COMPLETE), 400, WebApp.INVALID_REQUEST);
                assertThat(errors(refused)).containsExactly("Idempotency-Key http.idempotency-key");
            }
            // One key per request: a list is not one.
            problem(draft(client, KEY + ", \"b\"", null, COMPLETE), 400, WebApp.INVALID_REQUEST);
            assertThat(store.writes()).isZero();
            // A bare token is accepted too, as many clients send one.
            ok(draft(client, "8e03978e-40d5-43e8-bc93-6894a57f9324", null, COMPLETE), 201);
        });
    }

    @Test
    void everyRouteThatCreatesSomethingReplaysItsAnswer() {
        TestApp.test(TestApp.app(store, clock, settings()), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE.replace("\"councilId\": \"derbyshire\"", "\"councilId\": \"bury\""));
            ok(plan.post("/submit", ""), 200);
            ok(plan.post("/sign-off", "{\"signedOffBy\": \"CM-0042\", \"finalBudgetAnnual\": \"16000.00\"}"), 200);
            clock.set("2026-06-01");
            String open = "{\"accountId\": \"DP-100234\", \"monitoringLevel\": \"standard\", \"assessedOn\": \"2026-03-01\", \"assessedBy\": \"CM-0042\"}";
            String csv = "date,payee,amount,category,reference\n2026-04-06,Bury Council,772.80,,DP-260406\n";
            String review = "{\"heldOn\": \"2026-05-28\", \"trigger\": \"SCHEDULED_INITIAL\", \"method\": \"HOME_VISIT\","
                    + " \"participants\": [\"PERSON\"], \"outcome\": {\"kind\": \"NO_CHANGE\"}, \"coversDirectPayment\": false}";

            twice(client, plan.path() + "/accounts", "application/json", open, null, "\"open\"");
            HttpClient auditor = TestApp.as(client, TestApp.FINANCE_AUDITOR); // uploads and audits are theirs alone
            twice(auditor, "/accounts/DP-100234/transactions", "text/csv", csv, null, "\"upload\"");
            twice(auditor, "/accounts/DP-100234/audits", null, "", null, "\"audit\"");
            twice(client, plan.path() + "/review-requests", "application/json",
                    "{\"requestedOn\": \"2026-05-30\", \"requestedBy\": \"CARER\"}", null, "\"request\"");
            String etag = TestApp.etag(plan.get(""));
            twice(client, plan.path() + "/reviews", "application/json", review, etag, "\"review\"");
            twice(client, plan.path() + "/revise", null, "", "*", "\"revise\"");
        });
    }

    /** Sends the request twice with one key: the same answer, the second replayed, nothing written the second time. */
    private void twice(HttpClient client, String path, String contentType, String body, String ifMatch, String key)
            throws IOException {
        Response first = send(client, path, contentType, body, ifMatch, key);
        String firstBody = first.body().string();
        assertThat(first.code()).as(path + ": " + firstBody).isEqualTo(201);
        int writes = store.writes();
        int entries = store.entries().size();

        Response second = send(client, path, contentType, body, ifMatch, key);

        assertThat(second.code()).as(path).isEqualTo(201);
        assertThat(second.body().string()).as(path).isEqualTo(firstBody);
        assertThat(second.headers().get("Location")).as(path).isEqualTo(first.headers().get("Location"));
        assertThat(second.headers().get("ETag")).as(path).isEqualTo(first.headers().get("ETag"));
        assertThat(second.headers().get("Idempotent-Replayed")).as(path).containsExactly("true");
        assertThat(store.writes()).as(path).isEqualTo(writes);
        assertThat(store.entries()).as(path).hasSize(entries);
    }

    private static Response send(HttpClient client, String path, String contentType, String body, String ifMatch, String key) {
        return client.request(path, b -> {
            b.post(BodyPublishers.ofString(body)).header("Idempotency-Key", key);
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            if (ifMatch != null) {
                b.header("If-Match", ifMatch);
            }
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
