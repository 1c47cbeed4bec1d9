package org.supportplan.benchmarks;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.supportplan.application.audit.Actor;
import org.supportplan.application.audit.AuditAction;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.out.Store;
import org.supportplan.application.service.Stores;
import org.supportplan.domain.plan.SupportPlan;

import io.javalin.Javalin;

/**
 * Figure 4: {@code GET /plans/{id}} of a 20-item plan on the service over the embedded SQLite store (authenticated
 * with a development bearer token; each read is also written to the audit trail, as every read of a plan is) beside
 * a bare Javalin route in the same JVM returning the same bytes. Throughput with 16 requests in flight, then latency
 * at a fixed 200 requests a second, for each. The load driver runs in the same JVM.
 */
public final class HttpFigure {

    /** The Derbyshire care manager's development token (examples/dev-tokens.json). */
    static final String TOKEN = "dev-care-manager-derbyshire-4f1c9a2e";
    private static final int CONCURRENCY = 16;
    private static final int RATE = 200;

    private HttpFigure() {
    }

    /** Runs figure 4. */
    public static void main(String[] args) throws Exception {
        LoadDriver.useACommonPool();
        Options options = Options.parse(args);
        double warmup = options.quick() ? 2 : 15;
        double measure = options.quick() ? 3 : 10;
        int rounds = options.quick() ? 1 : 2;
        int fixedSeconds = options.quick() ? 10 : 60;

        Path folder = options.work().resolve("http");
        Files.createDirectories(folder);
        Path db = folder.resolve("store.db");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(folder.resolve("store.db" + suffix));
        }
        try (Store store = Stores.open("jdbc:sqlite:" + db); LoadDriver driver = new LoadDriver()) {
            SupportPlan plan = BenchPlans.draft();
            store.plans().create(plan, AuditEvent.change(Instant.now(), Actor.of("bench"), AuditAction.PLAN_CREATED, null, plan));
            Javalin service = BenchServer.start(store, options.root().resolve("examples/dev-tokens.json"));
            Javalin bare = null;
            try {
                URI real = URI.create("http://127.0.0.1:" + service.port() + "/plans/" + plan.id());
                HttpResponse<byte[]> first = driver.get(real, TOKEN);
                if (first.statusCode() != 200) {
                    throw new IllegalStateException("GET " + real + " answered " + first.statusCode() + ": " + new String(first.body()));
                }
                byte[] body = first.body();
                String contentType = first.headers().firstValue("Content-Type").orElse("application/json");
                bare = Javalin.create(cfg -> {
                    cfg.startup.showJavalinBanner = false;
                    cfg.startup.showOldJavalinVersionWarning = false;
                    cfg.routes.get("/plans/{id}", ctx -> ctx.contentType(contentType).result(body));
                }).start("127.0.0.1", 0);
                URI ceiling = URI.create("http://127.0.0.1:" + bare.port() + "/plans/" + plan.id());
                System.out.printf("  GET /plans/{id}: %,d bytes of JSON%n", body.length);

                driver.closedLoop(real, TOKEN, body.length, CONCURRENCY, warmup);
                driver.closedLoop(ceiling, TOKEN, body.length, CONCURRENCY, warmup);
                double realRate = 0;
                double bareRate = 0;
                long errors = 0;
                for (int i = 0; i < rounds; i++) {
                    LoadDriver.Throughput r = driver.closedLoop(real, TOKEN, body.length, CONCURRENCY, measure);
                    LoadDriver.Throughput b = driver.closedLoop(ceiling, TOKEN, body.length, CONCURRENCY, measure);
                    System.out.printf("  round %d: supportplan %,.0f/s (%d errors), bare route %,.0f/s (%d errors)%n", i + 1,
                            r.perSecond(), r.errors(), b.perSecond(), b.errors());
                    realRate += r.perSecond() / rounds;
                    bareRate += b.perSecond() / rounds;
                    errors += r.errors() + b.errors();
                }
                new Row("4a", "HTTP: GET /plans/{id} requests per second, " + CONCURRENCY + " in flight", Fmt.perSecond(realRate),
                        "bare Javalin route: " + Fmt.perSecond(bareRate), Fmt.percent(realRate, bareRate) + " of bare",
                        ">= 50% of bare", realRate >= 0.5 * bareRate && errors == 0,
                        "JDK HttpClient closed loop in the same JVM, " + CONCURRENCY + " threads, " + rounds + " rounds of " + (int) measure
                                + " s each after " + (int) warmup + " s warm-up; SQLite store, dev bearer token; " + errors + " errors")
                        .appendTo(options.out());

                LoadDriver.Latency r = driver.fixedRate(real, TOKEN, body.length, RATE, fixedSeconds);
                LoadDriver.Latency b = driver.fixedRate(ceiling, TOKEN, body.length, RATE, fixedSeconds);
                System.out.printf("  at %d/s for %d s: supportplan p50 %.2f ms p99 %.2f ms max %.1f ms, %d errors; bare p50 %.2f ms "
                        + "p99 %.2f ms max %.1f ms, %d errors%n", RATE, fixedSeconds, r.p50Millis(), r.p99Millis(), r.maxMillis(),
                        r.errors(), b.p50Millis(), b.p99Millis(), b.maxMillis(), b.errors());
                boolean met = r.p99Millis() < 100 && b.p99Millis() < 100 && r.errors() == 0 && b.errors() == 0;
                new Row("4b", "HTTP: p99 latency at " + RATE + " requests/s for " + fixedSeconds + " s",
                        Fmt.millis(r.p99Millis()) + ", " + r.errors() + " errors",
                        "bare route: " + Fmt.millis(b.p99Millis()) + ", " + b.errors() + " errors", Fmt.times(r.p99Millis(), b.p99Millis()),
                        "p99 < 100 ms, no errors, both", met,
                        "open loop, latency from when each request was due (HdrHistogram); supportplan p50 "
                                + Fmt.millis(r.p50Millis()) + ", max " + Fmt.millis(r.maxMillis()) + "; bare p50 " + Fmt.millis(b.p50Millis())
                                + ", max " + Fmt.millis(b.maxMillis()))
                        .appendTo(options.out());
            } finally {
                if (bare != null) {
                    bare.stop();
                }
                service.stop();
            }
        }
    }
}
