package org.supportplan.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A load generator on the JDK's {@link HttpClient} (HTTP/1.1, kept-alive connections): a closed loop of a fixed number
 * of requests in flight for throughput, and an open loop at a fixed rate for latency. Latency in the open loop is
 * counted from when a request was due, not when it was sent, so a stall shows in the percentiles (no coordinated
 * omission). A request is an error unless it answers 200 with the expected number of bytes.
 */
final class LoadDriver implements AutoCloseable {

    /**
     * The JDK's HttpClient hands every response to the common fork-join pool, and on a machine of two cores or fewer
     * that pool has one thread, so CompletableFuture starts a new thread per response instead: thousands of threads a
     * second in the JVM under test. Call first thing in {@code main}, before the pool exists.
     */
    static void useACommonPool() {
        if (System.getProperty("java.util.concurrent.ForkJoinPool.common.parallelism") == null) {
            System.setProperty("java.util.concurrent.ForkJoinPool.common.parallelism",
                    Integer.toString(Math.max(4, Runtime.getRuntime().availableProcessors())));
        }
        if (java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() < 2) {
            throw new IllegalStateException("the common pool has one thread; start the JVM with "
                    + "-Djava.util.concurrent.ForkJoinPool.common.parallelism=4");
        }
    }

    /**
     * A closed-loop run.
     *
     * @param ok requests answered 200
     * @param errors other answers and failures
     * @param seconds how long it ran
     */
    record Throughput(long ok, long errors, double seconds) {
        double perSecond() {
            return ok / seconds;
        }
    }

    /**
     * A fixed-rate run.
     *
     * @param latencies microseconds from due to answered, of every request
     * @param errors other answers and failures
     * @param sent requests sent
     */
    record Latency(Histogram latencies, long errors, long sent) {
        double p99Millis() {
            return latencies.getValueAtPercentile(99) / 1000.0;
        }

        double p50Millis() {
            return latencies.getValueAtPercentile(50) / 1000.0;
        }

        double maxMillis() {
            return latencies.getMaxValue() / 1000.0;
        }
    }

    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "load-driver");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** {@code concurrency} requests in flight to {@code uri} for {@code seconds}: each of as many threads sends, waits, sends again. */
    Throughput closedLoop(URI uri, String token, int expectedBytes, int concurrency, double seconds) throws InterruptedException {
        HttpRequest request = request(uri, token);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        long end = started + (long) (seconds * 1e9);
        Thread[] users = new Thread[concurrency];
        for (int i = 0; i < concurrency; i++) {
            users[i] = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() == 200 && response.body().length == expectedBytes) {
                            ok.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "load-user-" + i);
            users[i].start();
        }
        for (Thread user : users) {
            user.join();
        }
        return new Throughput(ok.get(), errors.get(), (System.nanoTime() - started) / 1e9);
    }

    /** {@code rate} requests a second to {@code uri} for {@code seconds}, whatever the answers' pace. */
    Latency fixedRate(URI uri, String token, int expectedBytes, int rate, int seconds) throws InterruptedException {
        HttpRequest request = request(uri, token);
        ConcurrentHistogram latencies = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3);
        AtomicLong errors = new AtomicLong();
        long total = (long) rate * seconds;
        long interval = 1_000_000_000L / rate;
        CompletableFuture<?>[] sent = new CompletableFuture<?>[(int) total];
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            sent[i] = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).handle((response, failure) -> {
                long micros = (System.nanoTime() - due) / 1_000;
                latencies.recordValue(Math.min(micros, latencies.getHighestTrackableValue()));
                if (failure != null || response.statusCode() != 200 || response.body().length != expectedBytes) {
                    errors.incrementAndGet();
                }
                return null;
            });
        }
        CompletableFuture.allOf(sent).join();
        return new Latency(latencies, errors.get(), total);
    }

    private static HttpRequest request(URI uri, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    /** One request: its status and body. */
    HttpResponse<byte[]> get(URI uri, String token) throws java.io.IOException, InterruptedException {
        return client.send(request(uri, token), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
