package org.supportplan.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supportplan.adapter.web.TestApp.COMPLETE;
import static org.supportplan.adapter.web.TestApp.ok;
import static org.supportplan.adapter.web.TestApp.problem;

import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;

import org.junit.jupiter.api.Test;
import org.supportplan.adapter.web.TestApp.PlanClient;
import org.supportplan.adapter.web.metrics.HttpMetrics;
import org.supportplan.application.testdata.InMemoryStore;

/** Prometheus metrics: per route template, method and status; the JVM; only for the monitoring role; no ids. */
class MetricsHttpTest {

    private final InMemoryStore store = new InMemoryStore();
    private final HttpMetrics metrics = HttpMetrics.create();

    private Javalin app() {
        return WebApp.create(TestApp.useCases(store.plans(), store.auditTrail(), store, Clock.systemUTC()),
                TestApp.security(store.plans(), store.accounts()), WebSettings.defaults(), Readiness.ALWAYS, metrics);
    }

    @Test
    void requestsAreCountedAndTimedByRouteTemplateMethodAndStatusNeverById() {
        TestApp.test(app(), (server, client) -> {
            PlanClient plan = PlanClient.create(client, COMPLETE);
            String id = plan.path().substring("/plans/".length());
            ok(plan.get(""), 200);
            ok(plan.get(""), 200);
            problem(client.get("/plans/" + java.util.UUID.randomUUID()), 404, WebApp.NOT_FOUND);
            client.get("/no/such/" + id); // unmatched: counted, but its path is not kept

            String scrape = scrape(TestApp.as(client, TestApp.MONITORING));

            assertThat(count(scrape, "POST", "/plans", 201)).isEqualTo(1);
            assertThat(count(scrape, "GET", "/plans/{id}", 200)).isEqualTo(2);
            assertThat(count(scrape, "GET", "/plans/{id}", 404)).isEqualTo(1);
            assertThat(count(scrape, "GET", "unmatched", 404)).isEqualTo(1);
            assertThat(scrape).contains("http_server_requests_seconds_bucket{");
            assertThat(scrape).doesNotContain(id).doesNotContain("/no/such");
            assertThat(scrape).contains("jvm_memory_used_bytes").contains("process_uptime_seconds");
        });
    }

    @Test
    void methodsAClientInventsAreCountedAsOneSeries() throws Exception {
        TestApp.test(app(), (server, client) -> {
            java.net.http.HttpClient raw = java.net.http.HttpClient.newHttpClient();
            java.net.URI councils = java.net.URI.create("http://localhost:" + server.port() + "/councils");
            for (String method : new String[] {"BREW", "WHEN", "X-" + java.util.UUID.randomUUID(), "DELETE"}) {
                raw.send(java.net.http.HttpRequest.newBuilder(councils).method(method, java.net.http.HttpRequest.BodyPublishers.noBody())
                        .build(), java.net.http.HttpResponse.BodyHandlers.discarding());
            }

            String scrape = scrape(TestApp.as(client, TestApp.MONITORING));

            Matcher other = Pattern.compile("http_server_requests_seconds_count\\{[^}]*method=\"OTHER\"[^}]*} ([0-9.E]+)").matcher(scrape);
            long others = 0;
            while (other.find()) {
                others += (long) Double.parseDouble(other.group(1));
            }
            assertThat(others).isEqualTo(3);
            assertThat(scrape).doesNotContain("BREW").doesNotContain("WHEN").doesNotContain("X-");
            assertThat(scrape).contains("method=\"DELETE\"");
        });
    }

    @Test
    void onlyTheMonitoringRoleReadsThem() {
        TestApp.test(app(), (server, client) -> {
            problem(client.get("/metrics"), 403, "urn:supportplan:problem:forbidden"); // a care manager
            problem(TestApp.as(client, TestApp.FINANCE_AUDITOR).get("/metrics"), 403, "urn:supportplan:problem:forbidden");
            Response monitoring = TestApp.as(client, TestApp.MONITORING).get("/metrics");

            assertThat(monitoring.code()).isEqualTo(200);
            assertThat(monitoring.headers().get("Content-Type").get(0)).startsWith("text/plain; version=0.0.4");
            // ... and the monitoring role reads nothing else.
            problem(TestApp.as(client, TestApp.MONITORING).get("/councils"), 403, "urn:supportplan:problem:forbidden");
        });
    }

    private static String scrape(HttpClient monitoring) throws java.io.IOException {
        Response response = monitoring.get("/metrics");
        assertThat(response.code()).isEqualTo(200);
        return response.body().string();
    }

    /** The count of one timer series, 0 when absent. */
    private static long count(String scrape, String method, String route, int status) {
        Matcher line = Pattern.compile("^http_server_requests_seconds_count\\{(.*)} ([0-9.E]+)$", Pattern.MULTILINE)
                .matcher(scrape);
        while (line.find()) {
            String labels = line.group(1);
            if (labels.contains("method=\"" + method + "\"") && labels.contains("route=\"" + route + "\"")
                    && labels.contains("status=\"" + status + "\"")) {
                return (long) Double.parseDouble(line.group(2));
            }
        }
        return 0;
    }
}
