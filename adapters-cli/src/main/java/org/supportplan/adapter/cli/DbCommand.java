package org.supportplan.adapter.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code supportplan db migrate|info}: the store's schema and contents. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Bring the store's schema up to date, or say what it holds.",
        subcommands = {DbCommand.Migrate.class, DbCommand.Info.class})
final class DbCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: try 'supportplan db --help'");
    }

    private static void print(CommandLine.Model.CommandSpec spec, String heading, CliRuntime.Session session) {
        Map<String, String> info = session.info();
        spec.commandLine().getOut().println(heading + session.storeDescription());
        info.forEach((key, value) -> spec.commandLine().getOut().printf("  %-14s %s%n", key, value));
        spec.commandLine().getOut().flush();
    }

    /** {@code db migrate}. */
    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = "Apply any pending schema migrations (the service also does this when it starts) and print the result.")
    static final class Migrate implements Callable<Integer> {

        private final CliRuntime runtime;

        @Mixin
        StoreOption store;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Migrate(CliRuntime runtime) {
            this.runtime = runtime;
        }

        @Override
        public Integer call() {
            // Opening a store migrates it, in one transaction per migration (Flyway).
            try (CliRuntime.Session session = runtime.open(store.url(), java.util.Optional.empty())) {
                print(spec, "Up to date: ", session);
            }
            return ExitCodes.OK;
        }
    }

    /** {@code db info}. */
    @Command(name = "info", mixinStandardHelpOptions = true, description = "Print the schema version and how much the store holds.")
    static final class Info implements Callable<Integer> {

        private final CliRuntime runtime;

        @Mixin
        StoreOption store;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Info(CliRuntime runtime) {
            this.runtime = runtime;
        }

        @Override
        public Integer call() {
            try (CliRuntime.Session session = runtime.open(store.url(), java.util.Optional.empty())) {
                print(spec, "Store: ", session);
            }
            return ExitCodes.OK;
        }
    }
}
