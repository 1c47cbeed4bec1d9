package org.supportplan.adapter.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code supportplan plan}: create, show, check and cost support plans. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Create, show, check, cost and change support plans.",
        subcommands = {PlanCreateCommand.class, PlanShowCommand.class, PlanCheckCommand.class, PlanBudgetCommand.class,
            PlanLifecycleCommands.Edit.class, PlanLifecycleCommands.Submit.class, PlanLifecycleCommands.Return.class,
            PlanLifecycleCommands.SignOff.class, PlanLifecycleCommands.Activate.class, PlanLifecycleCommands.End.class,
            PlanLifecycleCommands.Revise.class})
final class PlanCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: try 'supportplan plan --help'");
    }
}
