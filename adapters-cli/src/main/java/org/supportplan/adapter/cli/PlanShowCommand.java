package org.supportplan.adapter.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.supportplan.application.port.StoredPlan;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.validation.InvalidValueException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code supportplan plan show ID}: prints a stored plan as text, or as JSON with {@code --json}. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a stored plan.")
final class PlanShowCommand implements Callable<Integer> {

    private final CliRuntime runtime;

    @Parameters(index = "0", paramLabel = "ID", description = "The plan id (a UUID).")
    String id;

    @Option(names = "--json", description = "Print JSON (the same shape as GET /plans/{id}).")
    boolean json;

    @Mixin
    StoreOption store;

    @Mixin
    ProfilesOption profiles;

    @Mixin
    ActorOption actor;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    PlanShowCommand(CliRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PlanId planId;
        try {
            planId = PlanId.parse(id);
        } catch (InvalidValueException e) {
            err.println("supportplan: " + e.getMessage() + " (rule " + e.ruleId() + ")");
            return ExitCodes.BAD_INPUT;
        }
        try (CliRuntime.Session session = runtime.open(store.url(), profiles.directory())) {
            Optional<StoredPlan> plan = session.finder().findPlan(planId, actor.actor());
            if (plan.isEmpty()) {
                err.println("supportplan: no plan with id " + planId + " in " + session.storeDescription());
                return ExitCodes.REFUSED;
            }
            out.print(json ? runtime.planAsJson(plan.get().plan()) + System.lineSeparator()
                    : PlanText.render(plan.get().plan(), plan.get().revision()));
            return ExitCodes.OK;
        }
    }
}
