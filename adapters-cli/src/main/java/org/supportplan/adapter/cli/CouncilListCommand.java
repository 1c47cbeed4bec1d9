package org.supportplan.adapter.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.supportplan.domain.profile.CouncilProfile;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code supportplan council list}: one line per installed council profile. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the installed council profiles.")
final class CouncilListCommand implements Callable<Integer> {

    private final CliRuntime runtime;

    @Option(names = "--json", description = "Print JSON (the same shape as GET /councils).")
    boolean json;

    @Mixin
    ProfilesOption profiles;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    CouncilListCommand(CliRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        List<CouncilProfile> councils = runtime.councils(profiles.directory()).profiles().councils();
        spec.commandLine().getOut().print(json ? runtime.councilsAsJson(councils) + System.lineSeparator()
                : CouncilText.list(councils));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
