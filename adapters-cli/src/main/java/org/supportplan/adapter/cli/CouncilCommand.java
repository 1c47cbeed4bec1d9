package org.supportplan.adapter.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code supportplan council}: the council profiles installed and what each says. */
@Command(name = "council", mixinStandardHelpOptions = true,
        description = "List the installed council profiles and show what each asks and forbids.",
        subcommands = {CouncilListCommand.class, CouncilShowCommand.class})
final class CouncilCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: try 'supportplan council --help'");
    }
}
