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
 * Figure 6: {@code java -jar supportplan.jar --version}, and {@code serve} until {@code GET /health/ready} answers 200,
 * beside a Hello World class on the same JVM; each the median of several runs, wall clock from process start.
 * {@code serve} runs on an SQLite store migrated by an earlier, unmeasured run, with the development tokens.
 */
public final class StartupFigure {

    private StartupFigure() {
    }

    /** Runs figure 6. */
    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        int runs = options.quick() ? 3 : 10;
        int serveRuns = options.quick() ? 2 : 5;
        Path work = options.work().resolve("startup");
        Files.createDirectories(work);
        List<String> flags = jvmFlags(args);

        List<String> hello = command(flags, "-cp", options.root().resolve("benchmarks/target/classes").toString(), Hello.class.getName());
        List<String> version = command(flags, "-jar", options.cliJar().toString(), "--version");
        double helloSeconds = median(hello, options, work, runs);
        double versionSeconds = median(version, options, work, runs);

        Path store = work.resolve("serve.db");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(work.resolve("serve.db" + suffix));
        }
        serve(options, flags, store, work); // migrates the new store; not counted
        double[] ready = new double[serveRuns];
        for (int i = 0; i < serveRuns; i++) {
            ready[i] = serve(options, flags, store, work);
        }
        double serveSeconds = Fmt.median(ready);
        System.out.printf("  hello %.3f s, --version %.3f s, serve ready %s s%n", helloSeconds, versionSeconds,
                java.util.Arrays.toString(ready));

        String how = "median of " + runs + " runs after one unmeasured run, wall clock from process start to exit";
        new Row("6a", "Start-up: supportplan --version", Fmt.seconds(versionSeconds), "Hello World: " + Fmt.seconds(helloSeconds),
                Fmt.times(versionSeconds, helloSeconds), "< 0.5 s median; state the ratio", versionSeconds < 0.5,
                "`java -jar adapters-cli/target/supportplan.jar --version` (the `./supportplan` script adds its staleness check); "
                        + how).appendTo(options.out());
        new Row("6b", "Start-up: supportplan serve until /health/ready answers", Fmt.seconds(serveSeconds),
                "Hello World: " + Fmt.seconds(helloSeconds), Fmt.times(serveSeconds, helloSeconds), "< 3 s; state the ratio",
                serveSeconds < 3, "`serve --store jdbc:sqlite:... --dev-tokens examples/dev-tokens.json` on a migrated store, polled "
                        + "every 5 ms; median of " + serveRuns + " runs after one unmeasured run").appendTo(options.out());
    }

    /** JVM flags for every child (say, class-data sharing), given after {@code --jvm}. */
    private static List<String> jvmFlags(String[] args) {
        return List.of();
    }

    private static List<String> command(List<String> flags, String... rest) {
        List<String> command = new ArrayList<>();
        command.add(Options.java());
        command.addAll(flags);
        command.addAll(List.of(rest));
        return command;
    }

    private static double median(List<String> command, Options options, Path work, int runs) throws Exception {
        Proc.run(command, options.root(), work.resolve("out.txt"), 60);
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
    private static double serve(Options options, List<String> flags, Path store, Path work) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = command(flags, "-jar", options.cliJar().toString(), "serve", "--port", Integer.toString(port),
                "--store", "jdbc:sqlite:" + store, "--dev-tokens", options.root().resolve("examples/dev-tokens.json").toString());
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
