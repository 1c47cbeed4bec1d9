package org.supportplan.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Figure 6: {@code ./supportplan --version}, and {@code ./supportplan serve} until {@code GET /health/ready} answers 200,
 * beside a Hello World class on the same JVM; each the median of several runs, wall clock from process start. The
 * launcher runs the jar with its class-data sharing archive; the same commands on the bare jar are shown beside for
 * comparison. {@code serve} runs on an SQLite store migrated by an earlier, unmeasured run, with the development tokens.
 */
public final class StartupFigure {

    private StartupFigure() {
    }

    /** Runs figure 6. */
    public static void main(String[] args) throws Exception {
        LoadDriver.useACommonPool();
        Options options = Options.parse(args);
        int runs = options.quick() ? 3 : 10;
        int serveRuns = options.quick() ? 2 : 5;
        Path work = options.work().resolve("startup");
        Files.createDirectories(work);

        String launcher = options.root().resolve("supportplan").toString();
        List<String> plainJar = List.of(Options.java(), "-jar", options.cliJar().toString());
        List<String> hello = List.of(Options.java(), "-cp", options.root().resolve("benchmarks/target/classes").toString(),
                Hello.class.getName());
        double helloSeconds = median(hello, options, work, runs);
        // The launcher's first run after a build makes its class-data sharing archive; median() does not count it.
        double versionSeconds = median(with(List.of(launcher), "--version"), options, work, runs);
        double plainVersionSeconds = median(with(plainJar, "--version"), options, work, runs);

        Path store = work.resolve("serve.db");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(work.resolve("serve.db" + suffix));
        }
        serve(options, List.of(launcher), store, work); // migrates the new store; not counted
        double[] ready = new double[serveRuns];
        double[] plainReady = new double[serveRuns];
        for (int i = 0; i < serveRuns; i++) {
            ready[i] = serve(options, List.of(launcher), store, work);
            plainReady[i] = serve(options, plainJar, store, work);
        }
        double serveSeconds = Fmt.median(ready);
        double plainServeSeconds = Fmt.median(plainReady);
        System.out.printf("  hello %.3f s, --version %.3f s (plain jar %.3f s), serve ready %s s (plain jar %s s)%n", helloSeconds,
                versionSeconds, plainVersionSeconds, java.util.Arrays.toString(ready), java.util.Arrays.toString(plainReady));

        String how = "median of " + runs + " runs after one unmeasured run, wall clock from process start to exit";
        new Row("6a", "Start-up: ./supportplan --version", Fmt.seconds(versionSeconds), "Hello World: " + Fmt.seconds(helloSeconds),
                Fmt.times(versionSeconds, helloSeconds), "< 0.5 s median; state the ratio", versionSeconds < 0.5,
                "the launcher as shipped (its staleness check, then the jar with its AppCDS archive); " + how).appendTo(options.out());
        new Row("6b", "Start-up: ./supportplan serve until /health/ready answers", Fmt.seconds(serveSeconds),
                "Hello World: " + Fmt.seconds(helloSeconds), Fmt.times(serveSeconds, helloSeconds), "< 3 s; state the ratio",
                serveSeconds < 3, "`serve --store jdbc:sqlite:... --dev-tokens examples/dev-tokens.json` on a migrated store, polled "
                        + "every 5 ms; median of " + serveRuns + " runs after one unmeasured run").appendTo(options.out());
        new Row("6c", "Start-up: java -jar supportplan.jar --version, no AppCDS", Fmt.seconds(plainVersionSeconds),
                "Hello World: " + Fmt.seconds(helloSeconds), Fmt.times(plainVersionSeconds, helloSeconds), "(for comparison)", null,
                "the jar without the launcher's archive; " + how).appendTo(options.out());
        new Row("6d", "Start-up: java -jar supportplan.jar serve until ready, no AppCDS", Fmt.seconds(plainServeSeconds),
                "Hello World: " + Fmt.seconds(helloSeconds), Fmt.times(plainServeSeconds, helloSeconds), "(for comparison)", null,
                "as 6b, the jar without the launcher's archive").appendTo(options.out());
    }

    private static List<String> with(List<String> command, String... more) {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(more));
        return all;
    }

    private static double median(List<String> command, Options options, Path work, int runs) throws Exception {
        Proc.run(command, options.root(), work.resolve("out.txt"), 600);
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            Proc.Done done = Proc.run(command, options.root(), work.resolve("out.txt"), 60);
            if (done.exit() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + done.exit() + ": " + done.stderr());
            }
            seconds[i] = done.seconds();
        }
        return Fmt.median(seconds);
    }

    /** Starts {@code serve}, waits until it is ready, stops it; seconds from start to ready. */
    private static double serve(Options options, List<String> program, Path store, Path work) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = with(program, "serve", "--port", Integer.toString(port), "--store", "jdbc:sqlite:" + store,
                "--dev-tokens", options.root().resolve("examples/dev-tokens.json").toString());
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(options.root().toFile())
                .redirectOutput(work.resolve("serve-out.txt").toFile()).redirectError(work.resolve("serve-err.txt").toFile()).start();
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("serve exited " + process.exitValue() + ": "
                            + Files.readString(work.resolve("serve-err.txt")));
                }
                try {
                    if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return (System.nanoTime() - started) / 1e9;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (System.nanoTime() - started > TimeUnit.SECONDS.toNanos(60)) {
                    throw new IllegalStateException("serve was not ready within 60 s");
                }
                Thread.sleep(5);
            }
        } finally {
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
