package org.supportplan.adapter.cli;

import java.util.concurrent.Callable;

import org.supportplan.application.port.in.DraftPlanCommand;
import org.supportplan.domain.plan.SupportPlan;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code supportplan plan create --file plan.json}: stores a new draft plan and prints its id. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Create a draft plan from a JSON file (the same JSON as POST /plans; '-' reads standard input).")
final class PlanCreateCommand implements Callable<Integer> {

    private final CliRuntime runtime;

    @Option(names = {"-f", "--file"}, required = true, paramLabel = "FILE", description = "The plan file (JSON).")
    String file;

    @Option(names = "--json", description = "Print the stored plan as JSON instead of its id.")
    boolean json;

    @Mixin
    StoreOption store;

    @Mixin
    ProfilesOption profiles;

    @Mixin
    ActorOption actor;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    PlanCreateCommand(CliRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        // Read and validate the whole file before the store is opened: bad input never touches it.
        DraftPlanCommand command = InputFiles.read(file, runtime::readPlanFile);
        try (CliRuntime.Session session = runtime.open(store.url(), profiles.directory())) {
            SupportPlan plan = session.drafts().draftPlan(command, actor.actor()).plan();
            spec.commandLine().getOut().println(json ? runtime.planAsJson(plan) : plan.id().toString());
            return ExitCodes.OK;
        }
    }
}
