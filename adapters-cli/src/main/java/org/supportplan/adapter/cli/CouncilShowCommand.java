package org.supportplan.adapter.cli;

import java.util.concurrent.Callable;

import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.profile.CouncilProfile;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code supportplan council show NAME}: a council profile in full, each value with its provenance and source. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a council profile: the questions a plan must answer, the spend rules in force, and the cost and "
                + "review settings, each marked as the council's own or the national default, with its source.")
final class CouncilShowCommand implements Callable<Integer> {

    private final CliRuntime runtime;

    @Parameters(index = "0", paramLabel = "NAME", description = "The council's id, such as bury.")
    String name;

    @Option(names = "--json", description = "Print JSON (the same shape as GET /councils/{id}).")
    boolean json;

    @Mixin
    ProfilesOption profiles;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    CouncilShowCommand(CliRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        CliRuntime.Councils councils = runtime.councils(profiles.directory());
        CouncilProfile profile = councils.profiles().council(CouncilId.of(name)).orElseThrow(() -> new BadInputException(
                "no profile is installed for the council " + name + "; installed: " + String.join(", ",
                        councils.profiles().councils().stream().map(p -> p.id().value()).toList())));
        spec.commandLine().getOut().print(json ? runtime.councilAsJson(profile) + System.lineSeparator() : CouncilText.show(profile));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
