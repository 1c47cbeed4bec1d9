package org.supportplan.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.supportplan.adapter.web.TestApp.COMPLETE;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.javalin.Javalin;

import org.junit.jupiter.api.Test;
import org.supportplan.application.port.in.DraftPlanUseCase;
import org.supportplan.application.testdata.InMemoryStore;

/** Stopping the service: requests already running finish, new ones are refused, and stop waits no longer than allowed. */
class GracefulShutdownHttpTest {

    private final InMemoryStore store = new InMemoryStore();
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    /** An app whose draft waits for {@link #release} once it has started. */
    private Javalin app(Duration stopTimeout) {
        WebApp.UseCases real = TestApp.useCases(store.plans(), store.auditTrail(), store, Clock.systemUTC());
        DraftPlanUseCase slow = (command, actor) -> {
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return real.drafts().draftPlan(command, actor);
        };
        WebApp.UseCases useCases = new WebApp.UseCases(slow, real.finder(), real.lifecycle(), real.checks(), real.councils(),
                real.reviews(), real.accounts(), real.transactions());
        return WebApp.create(useCases, TestApp.security(store.plans(), store.accounts()),
                WebSettings.defaults().withStopTimeout(stopTimeout), Readiness.ALWAYS);
    }

    @Test
    void aRequestInFlightFinishesWhileNewOnesAreRefused() throws Exception {
        Javalin app = app(Duration.ofSeconds(20)).start("127.0.0.1", 0);
        String origin = "http://127.0.0.1:" + app.port();
        CompletableFuture<HttpResponse<String>> inFlight = TestApp.CONTRACT_CLIENT.sendAsync(draft(origin),
                HttpResponse.BodyHandlers.ofString());
        assertThat(entered.await(10, TimeUnit.SECONDS)).as("the draft is running").isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(app::stop);
        Thread.sleep(300); // let the stop begin: the connectors stop accepting, the graceful handler refuses

        assertThat(refused(origin)).as("a new request while stopping is refused").isTrue();
        assertThat(stopping).as("stop waits for the running request").isNotDone();

        release.countDown();
        HttpResponse<String> answer = inFlight.get(20, TimeUnit.SECONDS);
        stopping.get(20, TimeUnit.SECONDS);

        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(store.writes()).isEqualTo(1);
    }

    @Test
    void stopGivesUpOnARequestThatOutlivesTheTimeout() throws Exception {
        Javalin app = app(Duration.ofMillis(500)).start("127.0.0.1", 0);
        String origin = "http://127.0.0.1:" + app.port();
        TestApp.CONTRACT_CLIENT.sendAsync(draft(origin), HttpResponse.BodyHandlers.ofString());
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        // Jetty reports the cut-off request as a timeout once it has stopped anyway; the caller logs it and goes on.
        assertThatThrownBy(app::stop).hasRootCauseInstanceOf(java.util.concurrent.TimeoutException.class);
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        release.countDown();

        // Generous bounds: only that stop neither returned at once nor waited for the 30 s the draft could take.
        assertThat(tookMillis).isBetween(400L, 15_000L);
        assertThat(refused(origin)).as("stopped").isTrue();
    }

    private static HttpRequest draft(String origin) {
        return HttpRequest.newBuilder(URI.create(origin + "/plans")).POST(BodyPublishers.ofString(COMPLETE))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TestApp.CARE_MANAGER).build();
    }

    /** Whether a new request is refused: no connection, or 503 on a connection still open. */
    private static boolean refused(String origin) throws InterruptedException {
        try {
            HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(origin + "/health/live")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 503;
        } catch (IOException noConnection) {
            return true;
        }
    }
}
