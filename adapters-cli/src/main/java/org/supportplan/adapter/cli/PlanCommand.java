package org.supportplan.adapter.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code supportplan plan}: create and show support plans. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Create and show support plans.",
        subcommands = {PlanCreateCommand.class, PlanShowCommand.class})
final class PlanCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: try 'supportplan plan --help'");
    }
}
