package org.supportplan.adapter.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.supportplan.application.port.in.CommandRejectedException;
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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    PlanCreateCommand(CliRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DraftPlanCommand command;
        try (InputStream in = "-".equals(file) ? System.in : Files.newInputStream(Path.of(file))) {
            command = runtime.readPlanFile(in);
        } catch (NoSuchFileException e) {
            err.println("supportplan: cannot read " + file + ": no such file");
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("supportplan: cannot read " + file + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (PlanFileException e) {
            Problems.print(err, file + ": " + e.getMessage(), e.violations());
            return ExitCodes.BAD_INPUT;
        } catch (CommandRejectedException e) {
            Problems.print(err, file + ": the plan is not valid", e.violations());
            return ExitCodes.BAD_INPUT;
        }
        try (CliRuntime.Session session = runtime.open(store.url())) {
            SupportPlan plan = session.drafts().draftPlan(command);
            out.println(json ? runtime.planAsJson(plan) : plan.id().toString());
            return ExitCodes.OK;
        }
    }
}
