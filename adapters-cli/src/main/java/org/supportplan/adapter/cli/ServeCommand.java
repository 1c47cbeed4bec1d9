package org.supportplan.adapter.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import org.supportplan.adapter.cli.CliRuntime.ServeSettings;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code supportplan serve}: runs the HTTP service until interrupted (Ctrl-C or SIGTERM). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the HTTP service (default http://127.0.0.1:8080 on an SQLite file under ./data).")
final class ServeCommand implements java.util.concurrent.Callable<Integer> {

    private final CliRuntime runtime;

    // Every option here is a setting (ConfigDefaults.SETTINGS): its value comes from the flag, else the environment
    // variable, else the config file, else the default written here. The descriptions write the built-in default out
    // rather than using ${DEFAULT-VALUE}, which would show a value taken from the environment or the file.

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Interface to listen on (default 127.0.0.1). Env SUPPORTPLAN_HOST, config key host.")
    String host;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "TCP port, 0 for any free port (default 8080). Env SUPPORTPLAN_PORT, config key port.")
    int port;

    @Mixin
    StoreOption store;

    @Mixin
    ProfilesOption profiles;

    @Option(names = "--dev-tokens", paramLabel = "FILE",
            description = "Development only: static bearer tokens per role (docs/security.md). "
                    + "Env SUPPORTPLAN_DEV_TOKENS, config key dev-tokens.")
    Path devTokens;

    @Option(names = "--jwt-issuer", paramLabel = "URL",
            description = "The council identity provider's issuer (iss). Env SUPPORTPLAN_JWT_ISSUER, config key jwt-issuer.")
    String jwtIssuer;

    @Option(names = "--jwt-audience", paramLabel = "NAME",
            description = "The audience (aud) naming this service. Env SUPPORTPLAN_JWT_AUDIENCE, config key jwt-audience.")
    String jwtAudience;

    @Option(names = "--jwt-jwks", paramLabel = "URL|FILE",
            description = "The provider's signing keys (JWKS): an https URL or a file. Env SUPPORTPLAN_JWT_JWKS, "
                    + "config key jwt-jwks.")
    String jwtJwks;

    @Option(names = "--max-body-bytes", paramLabel = "BYTES", defaultValue = "" + ServeSettings.DEFAULT_MAX_BODY_BYTES,
            description = "The largest request body of every route but the transactions upload, 1 to 2147483646 "
                    + "(default 1048576, 1 MiB). Env SUPPORTPLAN_MAX_BODY_BYTES, config key max-body-bytes.")
    long maxBodyBytes;

    @Option(names = "--max-upload-bytes", paramLabel = "BYTES", defaultValue = "" + ServeSettings.DEFAULT_MAX_UPLOAD_BYTES,
            description = "The largest transactions file uploaded, 1 to 2147483646 (default 16777216, 16 MiB). "
                    + "Env SUPPORTPLAN_MAX_UPLOAD_BYTES, config key max-upload-bytes.")
    long maxUploadBytes;

    @Option(names = "--idempotency-retention", paramLabel = "DURATION", defaultValue = "24h",
            converter = DurationConverter.class,
            description = "How long an answered Idempotency-Key is replayed: 24h, 30m or ISO-8601 such as PT24H "
                    + "(default 24h). Env SUPPORTPLAN_IDEMPOTENCY_RETENTION, config key idempotency-retention.")
    Duration idempotencyRetention;

    @Option(names = "--idempotency-max-keys", paramLabel = "COUNT", defaultValue = "" + ServeSettings.DEFAULT_IDEMPOTENCY_MAX_KEYS,
            description = "The most Idempotency-Keys remembered at once (default 10000). "
                    + "Env SUPPORTPLAN_IDEMPOTENCY_MAX_KEYS, config key idempotency-max-keys.")
    int idempotencyMaxKeys;

    @Option(names = "--shutdown-timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "On SIGTERM or Ctrl-C, how long requests already running get to finish; 0s stops at once "
                    + "(default 30s). Env SUPPORTPLAN_SHUTDOWN_TIMEOUT, config key shutdown-timeout.")
    Duration shutdownTimeout;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    ServeCommand(CliRuntime runtime) {
        this.runtime = runtime;
    }

    /** The settings as given, each checked; a bad one is bad usage naming its flag and where its value came from. */
    private ServeSettings settings() {
        if (port < 0 || port > 65535) {
            throw invalid("--port", "must be between 0 and 65535 (was " + port + ")");
        }
        if (maxBodyBytes < 1 || maxBodyBytes > ServeSettings.MAX_BYTES_LIMIT) {
            throw invalid("--max-body-bytes", "must be between 1 and " + ServeSettings.MAX_BYTES_LIMIT + " (was " + maxBodyBytes + ")");
        }
        if (maxUploadBytes < 1 || maxUploadBytes > ServeSettings.MAX_BYTES_LIMIT) {
            throw invalid("--max-upload-bytes", "must be between 1 and " + ServeSettings.MAX_BYTES_LIMIT + " (was " + maxUploadBytes + ")");
        }
        if (idempotencyRetention.isNegative() || idempotencyRetention.isZero()) {
            throw invalid("--idempotency-retention", "must be longer than zero (was " + idempotencyRetention + ")");
        }
        if (idempotencyMaxKeys < 1) {
            throw invalid("--idempotency-max-keys", "must be at least 1 (was " + idempotencyMaxKeys + ")");
        }
        if (shutdownTimeout.isNegative()) {
            throw invalid("--shutdown-timeout", "must not be negative (was " + shutdownTimeout + ")");
        }
        // The authentication settings are never echoed: they say how callers are let in.
        long jwtParts = java.util.stream.Stream.of(jwtIssuer, jwtAudience, jwtJwks).filter(v -> v != null && !v.isBlank()).count();
        if (jwtParts != 0 && jwtParts != 3) {
            throw new BadInputException("give all of --jwt-issuer, --jwt-audience and --jwt-jwks, or none" + origins(
                    "--jwt-issuer", "--jwt-audience", "--jwt-jwks"));
        }
        if (jwtParts == 0 && devTokens == null) {
            throw new BadInputException("no route but health and the API document works without a token, so the service needs "
                    + "--jwt-issuer, --jwt-audience and --jwt-jwks (the council's identity provider), or --dev-tokens FILE "
                    + "(development only; examples/dev-tokens.json)");
        }
        Optional<CliRuntime.JwtIssuer> jwt = jwtParts == 3 ? Optional.of(new CliRuntime.JwtIssuer(jwtIssuer, jwtAudience, jwtJwks))
                : Optional.empty();
        return new ServeSettings(host, port, store.url(), profiles.directory(), Optional.ofNullable(devTokens), jwt,
                maxBodyBytes, maxUploadBytes, idempotencyRetention, idempotencyMaxKeys, shutdownTimeout);
    }

    private CommandLine.ParameterException invalid(String option, String problem) {
        return new CommandLine.ParameterException(spec.commandLine(), option + " " + problem
                + origin(option).map(origin -> " (from " + origin + ")").orElse(""));
    }

    /** Where the values of {@code options} not on the command line came from, such as " (--port from environment variable ...)". */
    private String origins(String... options) {
        java.util.List<String> origins = java.util.Arrays.stream(options)
                .flatMap(option -> origin(option).stream().map(origin -> option + " from " + origin)).toList();
        return origins.isEmpty() ? "" : " (" + String.join("; ", origins) + ")";
    }

    /** Where the value of {@code option} came from, when it was not on the command line and not the built-in default. */
    private Optional<String> origin(String option) {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        if (!(spec.defaultValueProvider() instanceof ConfigDefaults defaults) || parsed != null && parsed.hasMatchedOption(option)) {
            return Optional.empty();
        }
        return defaults.origin(option);
    }

    @Override
    public Integer call() throws InterruptedException {
        ServeSettings settings = settings();
        CliRuntime.RunningService service = runtime.serve(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C and SIGTERM run shutdown hooks: stop the server and close the store before the JVM exits.
        Thread hook = new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "supportplan-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        spec.commandLine().getOut().printf("supportplan is listening on http://%s:%d (store: %s). Press Ctrl-C to stop.%n",
                host, service.port(), service.storeDescription());
        spec.commandLine().getOut().flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
