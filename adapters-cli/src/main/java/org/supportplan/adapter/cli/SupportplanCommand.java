package org.supportplan.adapter.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
     * The subcommands, in the order help lists them. They are added by {@link #commandLine(CliRuntime, Map, String...)}
     * rather than named in the annotation: building a command's model is most of a short command's start-up, so a
     * run builds only the command it runs (docs/performance.md).
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ServeCommand.class, PlanCommand.class, CouncilCommand.class,
            ReviewCommands.class, AccountCommands.class, AuditFileCommand.class, AuditTrailCommand.class, DbCommand.class,
            TransferCommands.Export.class, TransferCommands.Import.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    // Read before parsing (ConfigDefaults.install); declared so that every command accepts it.
    @CommandLine.Option(names = ConfigDefaults.CONFIG, paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "Read settings from this Java properties file: keys are the settings' option names without "
                    + "the dashes (port=8080). A flag beats an environment variable, which beats the file. "
                    + "Env SUPPORTPLAN_CONFIG.")
    private java.nio.file.Path config;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'supportplan --help'");
    }

    /**
     * Builds the command line over {@code runtime}, with supportplan's exit codes for every outcome, and every setting's
     * default taken from {@code environment}, then the config file, then the option (ADR 0022). When {@code args} name
     * a subcommand, only that one is built (none for {@code --version} alone): it behaves the same for those arguments
     * and starts sooner. Anything else (no arguments, {@code help}, {@code --help}, an unknown command) gets them all.
     *
     * @param runtime the adapters the commands use
     * @param environment the process environment: {@code System.getenv()}, or a test's own map
     * @param args the arguments that will be executed: the config file they name is read while they are parsed
     */
    public static CommandLine commandLine(CliRuntime runtime, Map<String, String> environment, String... args) {
        CommandLine cli = build(runtime, onlyNeeded(args));
        cli.setExecutionExceptionHandler(new FailureHandler());
        ConfigDefaults defaults = ConfigDefaults.install(cli, environment, args);
        cli.setParameterExceptionHandler(new UsageHandler(cli.getParameterExceptionHandler(), defaults));
        CommandLine.IExecutionStrategy standard = cli.getExecutionStrategy();
        cli.setExecutionStrategy(parsed -> {
            defaults.checkParsed(parsed);
            return standard.execute(parsed);
        });
        return cli;
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
        return cli;
    }

    // Bad usage is exit 2. A config file that cannot be used is one line (the usage help would not help); a value
    // that came from the environment or the config file says so, and a secret setting's value is never printed.
    private record UsageHandler(CommandLine.IParameterExceptionHandler standard, ConfigDefaults defaults)
            implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) throws Exception {
            CommandLine cmd = ex.getCommandLine();
            if (ex instanceof ConfigDefaults.ConfigurationException) {
                cmd.getErr().println("supportplan: " + cmd.getColorScheme().errorText(ex.getMessage()));
                return cmd.getCommandSpec().exitCodeOnInvalidInput();
            }
            if (ex.getArgSpec() instanceof CommandLine.Model.OptionSpec option && ex.getValue() != null) {
                Optional<String> outside = defaults.outsideValue(option.longestName());
                boolean onCommandLine = Arrays.stream(args).anyMatch(arg -> Arrays.stream(option.names())
                        .anyMatch(name -> arg.equals(name) || arg.startsWith(name + "=")));
                if (!onCommandLine && outside.isPresent() && outside.get().strip().equals(ex.getValue().strip())) {
                    String message = ex.getMessage();
                    if (ConfigDefaults.SECRET.contains(option.longestName())) {
                        message = message.replace(ex.getValue(), "(hidden)");
                    }
                    message += " (from " + defaults.origin(option.longestName()).orElseThrow() + ")";
                    CommandLine.ParameterException explained = new CommandLine.ParameterException(cmd, message, ex, option, null);
                    return standard.handleParseException(explained, args);
                }
            }
            return standard.handleParseException(ex, args);
        }
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
