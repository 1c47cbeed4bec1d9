package org.supportplan.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.supportplan.application.testdata.InMemoryStore;

import io.javalin.Javalin;

/** Health needs no token: live answers while the process runs, ready only while the store answers. */
class HealthHttpTest {

    private final HttpClient http = TestApp.CONTRACT_CLIENT;

    @Test
    void readyFollowsTheStoreAndLiveDoesNot() throws Exception {
        AtomicBoolean storeUp = new AtomicBoolean(true);
        InMemoryStore store = new InMemoryStore();
        Javalin app = WebApp.create(TestApp.useCases(store.plans(), store.auditTrail(), store, Clock.systemUTC()),
                TestApp.security(store.plans(), store.accounts()), WebSettings.defaults(), () -> {
            if (!storeUp.get()) {
                throw new IllegalStateException("connection refused");
            }
        });
        app.start("127.0.0.1", 0);
        try {
            assertThat(get(app, "/health/live").statusCode()).isEqualTo(200);
            assertThat(get(app, "/health/ready").statusCode()).isEqualTo(200);
            assertThat(get(app, "/health/ready").body()).contains("UP");

            storeUp.set(false);
            HttpResponse<String> notReady = get(app, "/health/ready");

            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(WebApp.PROBLEM_JSON));
            assertThat(notReady.body()).contains(WebApp.NOT_READY).doesNotContain("connection refused");
            assertThat(get(app, "/health/live").statusCode()).isEqualTo(200);
        } finally {
            app.stop();
        }
    }

    private HttpResponse<String> get(Javalin app, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
