package org.supportplan.adapter.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code supportplan serve}: runs the HTTP service until interrupted (Ctrl-C or SIGTERM). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the HTTP service (default http://127.0.0.1:8080 on an SQLite file under ./data).")
final class ServeCommand implements java.util.concurrent.Callable<Integer> {

    private final CliRuntime runtime;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "TCP port, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Mixin
    StoreOption store;

    @Mixin
    ProfilesOption profiles;

    @Option(names = "--dev-tokens", paramLabel = "FILE", defaultValue = "${env:SUPPORTPLAN_DEV_TOKENS}",
            description = "Development only: static bearer tokens per role (docs/security.md). Env: SUPPORTPLAN_DEV_TOKENS.")
    Path devTokens;

    @Option(names = "--jwt-issuer", paramLabel = "URL", defaultValue = "${env:SUPPORTPLAN_JWT_ISSUER}",
            description = "The council identity provider's issuer (iss). Env: SUPPORTPLAN_JWT_ISSUER.")
    String jwtIssuer;

    @Option(names = "--jwt-audience", paramLabel = "NAME", defaultValue = "${env:SUPPORTPLAN_JWT_AUDIENCE}",
            description = "The audience (aud) naming this service. Env: SUPPORTPLAN_JWT_AUDIENCE.")
    String jwtAudience;

    @Option(names = "--jwt-jwks", paramLabel = "URL|FILE", defaultValue = "${env:SUPPORTPLAN_JWT_JWKS}",
            description = "The provider's signing keys (JWKS): an https URL or a file. Env: SUPPORTPLAN_JWT_JWKS.")
    String jwtJwks;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    ServeCommand(CliRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535 (was " + port + ")");
        }
        long jwtParts = java.util.stream.Stream.of(jwtIssuer, jwtAudience, jwtJwks).filter(v -> v != null && !v.isBlank()).count();
        if (jwtParts != 0 && jwtParts != 3) {
            throw new BadInputException("give all of --jwt-issuer, --jwt-audience and --jwt-jwks, or none");
        }
        if (jwtParts == 0 && devTokens == null) {
            throw new BadInputException("no route but health and the API document works without a token, so the service needs "
                    + "--jwt-issuer, --jwt-audience and --jwt-jwks (the council's identity provider), or --dev-tokens FILE "
                    + "(development only; examples/dev-tokens.json)");
        }
        Optional<CliRuntime.JwtIssuer> jwt = jwtParts == 3 ? Optional.of(new CliRuntime.JwtIssuer(jwtIssuer, jwtAudience, jwtJwks))
                : Optional.empty();
        CliRuntime.RunningService service = runtime.serve(new CliRuntime.ServeSettings(host, port, store.url(), profiles.directory(),
                Optional.ofNullable(devTokens), jwt));
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
