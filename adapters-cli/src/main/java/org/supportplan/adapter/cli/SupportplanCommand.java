package org.supportplan.adapter.cli;

import java.util.List;

import org.supportplan.application.port.in.CommandRejectedException;
import org.supportplan.domain.validation.InvalidValueException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code supportplan} command: support plans and personal budgets for adult social care. */
@Command(name = "supportplan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Support plans and personal budgets for adult social care (England).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the request was refused by a rule (or the plan does not exist)",
            "2:bad usage or unreadable input",
            "3:the store or the machine failed"})
public final class SupportplanCommand implements Runnable {

    /**
     * The subcommands, in the order help lists them. They are added by {@link #commandLine(CliRuntime, String...)}
     * rather than named in the annotation: building a command's model is most of a short command's start-up, so a
     * run builds only the command it runs (docs/performance.md).
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ServeCommand.class, PlanCommand.class, CouncilCommand.class,
            ReviewCommands.class, AccountCommands.class, AuditFileCommand.class, AuditTrailCommand.class, DbCommand.class,
            TransferCommands.Export.class, TransferCommands.Import.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'supportplan --help'");
    }

    /**
     * Builds the command line over {@code runtime}, with every subcommand and supportplan's exit codes for every
     * outcome.
     */
    public static CommandLine commandLine(CliRuntime runtime) {
        return build(runtime, null);
    }

    /**
     * The command line to run {@code args} with: as {@link #commandLine(CliRuntime)}, but with only the subcommand the
     * arguments name when they name one (none for {@code --version} alone), which behaves the same for those arguments
     * and starts sooner. Anything else (no arguments, {@code help}, {@code --help}, an unknown command) gets them all.
     */
    public static CommandLine commandLine(CliRuntime runtime, String... args) {
        return build(runtime, onlyNeeded(args));
    }

    /** The subcommand {@code args} need, {@code ""} for none, or null for all of them. */
    private static String onlyNeeded(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return "";
        }
        if (args.length == 0 || args[0].startsWith("-")) {
            return null;
        }
        for (Class<?> type : SUBCOMMANDS) {
            String name = type.getAnnotation(Command.class).name();
            if (name.equals(args[0]) && !name.equals("help")) {
                return name;
            }
        }
        return null;
    }

    private static CommandLine build(CliRuntime runtime, String only) {
        RuntimeFactory factory = new RuntimeFactory(runtime);
        CommandLine cli = new CommandLine(SupportplanCommand.class, factory);
        for (Class<?> type : SUBCOMMANDS) {
            String name = type.getAnnotation(Command.class).name();
            if (only == null || only.equals(name)) {
                cli.addSubcommand(name, new CommandLine(type, factory));
            }
        }
        // Set after the subcommands are added, so it applies to them too.
        cli.setExecutionExceptionHandler(new FailureHandler());
        return cli;
    }

    // Lets picocli build the subcommands while handing each the runtime.
    private record RuntimeFactory(CliRuntime runtime) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (var constructor : type.getDeclaredConstructors()) {
                if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == CliRuntime.class) {
                    constructor.setAccessible(true);
                    return type.cast(constructor.newInstance(runtime));
                }
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    // Input the command could not use is exit 2 wherever it is met; anything else a command did not turn
    // into an exit code itself is a failure of the store or machine.
    private static final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
            if (ex instanceof BadInputException bad) {
                Problems.print(cmd.getErr(), bad.getMessage(), bad.violations());
                return ExitCodes.BAD_INPUT;
            }
            if (ex instanceof RefusedException refused) {
                cmd.getErr().println("supportplan: " + refused.getMessage());
                return ExitCodes.REFUSED;
            }
            if (ex instanceof CommandRejectedException rejected) {
                Problems.print(cmd.getErr(), "the request is not valid", rejected.violations());
                return ExitCodes.BAD_INPUT;
            }
            if (ex instanceof InvalidValueException invalid) {
                cmd.getErr().println("supportplan: " + invalid.getMessage() + " [" + invalid.ruleId() + "]");
                return ExitCodes.BAD_INPUT;
            }
            cmd.getErr().println("supportplan: " + cmd.getColorScheme().errorText(describe(ex)));
            return ExitCodes.FAILED;
        }

        private static String describe(Throwable ex) {
            String message = ex.getMessage();
            return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
        }
    }
}
