package org.supportplan.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supportplan.adapter.cli.boot.BootRuntime;

/** Starts the real service on an SQLite file, creates a plan over HTTP, restarts, and reads it back. */
class ServeTest {

    @TempDir
    Path dir;

    private static final Path TOKENS = Path.of("..", "examples", "dev-tokens.json");
    private static final String CARE_MANAGER = "Bearer dev-care-manager-derbyshire-4f1c9a2e";

    private static final String MONITORING = "Bearer dev-monitoring-5c2e8f71d9a4";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theMetricsShowRequestsByRouteAndTheConnectionPool() throws Exception {
        String store = "jdbc:sqlite:" + dir.resolve("metrics.db");
        try (CliRuntime.RunningService service = new BootRuntime().serve(
                CliRuntime.ServeSettings.withDevTokens("127.0.0.1", 0, store, TOKENS))) {
            String origin = "http://127.0.0.1:" + service.port();
            HttpResponse<String> councils = http.send(HttpRequest.newBuilder(URI.create(origin + "/councils"))
                    .header("Authorization", CARE_MANAGER).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(councils.statusCode()).isEqualTo(200);

            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(origin + "/metrics"))
                    .header("Authorization", MONITORING).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body())
                    .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/councils\",status=\"200\"} 1")
                    .containsPattern("hikaricp_connections_active\\{pool=\"supportplan-sqlite\"} [0-9.]+")
                    .containsPattern("hikaricp_connections_max\\{pool=\"supportplan-sqlite\"} [0-9.]+");
        }
    }

    @Test
    void aPlanPostedOverHttpSurvivesARestart() throws Exception {
        String store = "jdbc:sqlite:" + dir.resolve("served.db");
        BootRuntime runtime = new BootRuntime();
        String location;
        int port;
        try (CliRuntime.RunningService service = runtime.serve(CliRuntime.ServeSettings.withDevTokens("127.0.0.1", 0, store, TOKENS))) {
            port = service.port();
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/plans"))
                    .header("Content-Type", "application/json").header("Authorization", CARE_MANAGER)
                    .POST(HttpRequest.BodyPublishers.ofString(Files.readString(Path.of("..", "examples", "plans", "derbyshire-agreeable.json"))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            location = created.headers().firstValue("Location").orElseThrow();
        }
        int stoppedPort = port;
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stoppedPort + location)).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);

        try (CliRuntime.RunningService service = runtime.serve(CliRuntime.ServeSettings.withDevTokens("127.0.0.1", 0, store, TOKENS))) {
            HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + location))
                            .header("Authorization", CARE_MANAGER).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).contains("Seeing my grandchildren").contains("\"unitCost\"");
        }
    }
}
