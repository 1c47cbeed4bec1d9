package org.supportplan.adapter.cli;

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
        CliRuntime.RunningService service = runtime.serve(new CliRuntime.ServeSettings(host, port, store.url(), profiles.directory()));
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
