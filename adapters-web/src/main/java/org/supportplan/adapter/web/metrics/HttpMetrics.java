package org.supportplan.adapter.web.metrics;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The service's Prometheus metrics: a timer per route template, method and status ({@code http_server_requests_seconds}),
 * the JVM's memory, threads and GC, and whatever the store binds (its connection pool). Routes are named by their
 * template ({@code /plans/{id}}), never by the path sent, so no id reaches the metrics and an attacker sending random
 * paths cannot grow them: every unmatched request counts as {@code route="unmatched"}.
 */
public final class HttpMetrics implements AutoCloseable {

    /** The Prometheus text format the scrape answers in. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    /** The timer's name; Prometheus shows it as {@code http_server_requests_seconds}. */
    public static final String REQUESTS = "http.server.requests";

    private static final java.util.Set<String> METHODS =
            java.util.Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT");

    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics gc;
    /** The timers made so far; a registry lookup per request builds and sorts the tags each time. */
    private final java.util.concurrent.ConcurrentMap<TimerKey, Timer> timers = new java.util.concurrent.ConcurrentHashMap<>();

    /** One timer's tags; bounded, as routes are templates, methods known ones and statuses three digits. */
    private record TimerKey(String method, String route, int status) {
    }

    private HttpMetrics(PrometheusMeterRegistry registry, JvmGcMetrics gc) {
        this.registry = registry;
        this.gc = gc;
    }

    /**
     * Request metrics only, without the JVM's: for apps that are made and dropped (tests, embedding), since the GC
     * binder registers a listener with the JVM that only {@link #close()} removes.
     */
    public static HttpMetrics requestsOnly() {
        return new HttpMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), null);
    }

    /** A registry of its own with the JVM's metrics bound: the service's, closed when it stops. */
    public static HttpMetrics create() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        return new HttpMetrics(registry, gc);
    }

    /** Binds more metrics, such as a store's connection pool. */
    public HttpMetrics bind(MeterBinder binder) {
        Objects.requireNonNull(binder, "binder").bindTo(registry);
        return this;
    }

    /** The registry, for tests and for composition roots that add meters of their own. */
    public MeterRegistry registry() {
        return registry;
    }

    /** Installs {@code GET /metrics}. */
    public void install(RoutesConfig routes) {
        routes.get("/metrics", ctx -> ctx.contentType(CONTENT_TYPE).result(registry.scrape()));
    }

    /** Records one answered request; Javalin's request logger calls it with the time taken. */
    public void record(Context ctx, Float milliseconds) {
        // The servlet's method string: Javalin's ctx.method() works it out anew on every call and showed in profiles.
        String method = method(ctx.req().getMethod());
        String route = route(ctx);
        int status = ctx.statusCode();
        timers.computeIfAbsent(new TimerKey(method, route, status), key -> Timer.builder(REQUESTS)
                        .description("HTTP requests answered, by route template, method and status")
                        .tag("method", key.method())
                        .tag("route", key.route())
                        .tag("status", Integer.toString(key.status()))
                        .publishPercentileHistogram()
                        .minimumExpectedValue(Duration.ofMillis(1))
                        .maximumExpectedValue(Duration.ofSeconds(30))
                        .register(registry))
                .record((long) (milliseconds * 1_000_000L), TimeUnit.NANOSECONDS);
    }

    /** A method of HTTP as sent, or {@code OTHER}: a client inventing methods must not grow the series. */
    private static String method(String sent) {
        return METHODS.contains(sent) ? sent : "OTHER";
    }

    private static String route(Context ctx) {
        var matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? "unmatched" : matched.path;
    }

    /** The scrape, as {@code GET /metrics} answers it. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        if (gc != null) {
            gc.close();
        }
        registry.close();
    }
}
