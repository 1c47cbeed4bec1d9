package org.supportplan.adapter.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

import org.supportplan.application.port.ChangeContext;
import org.supportplan.application.port.in.DatedPlanCommand;
import org.supportplan.application.port.in.EditPlanCommand;
import org.supportplan.application.port.in.PlanCommand;
import org.supportplan.application.port.in.ReturnPlanCommand;
import org.supportplan.application.port.in.SignOffCommand;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.PlanId;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The commands that move a stored plan through its lifecycle, one per step, as the HTTP API's change routes. */
final class PlanLifecycleCommands {

    private PlanLifecycleCommands() {
    }

    /** {@code plan edit ID --file FILE}. */
    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = "Replace what a draft or returned plan says with a plan file's content.")
    static final class Edit extends PlanChangeCommand {

        @Option(names = {"-f", "--file"}, required = true, paramLabel = "FILE", description = "The plan file (JSON).")
        String file;

        Edit(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int change(CliRuntime.Session session, PlanId planId, ChangeContext context, PrintWriter out) {
            CliRuntime.PlanDocument document = InputFiles.read(file, runtime::readPlanDocument);
            return report(session.lifecycle().edit(new EditPlanCommand(planId, document.content()), context), out);
        }
    }

    /** {@code plan submit ID}. */
    @Command(name = "submit", mixinStandardHelpOptions = true, description = "Send a draft plan to the council for sign-off.")
    static final class Submit extends PlanChangeCommand {

        Submit(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int change(CliRuntime.Session session, PlanId planId, ChangeContext context, PrintWriter out) {
            return report(session.lifecycle().submit(new PlanCommand(planId), context), out);
        }
    }

    /** {@code plan return ID --reason TEXT...}. */
    @Command(name = "return", mixinStandardHelpOptions = true, description = "Return a submitted plan to the person, with reasons.")
    static final class Return extends PlanChangeCommand {

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it is returned (repeat for several).")
        List<String> reasons;

        Return(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int change(CliRuntime.Session session, PlanId planId, ChangeContext context, PrintWriter out) {
            return report(session.lifecycle().returnPlan(new ReturnPlanCommand(planId, reasons), context), out);
        }
    }

    /** {@code plan sign-off ID --by REF --final-budget AMOUNT}. */
    @Command(name = "sign-off", mixinStandardHelpOptions = true,
            description = "Check a submitted plan and, when nothing stands in the way, sign it off and set the final budget.")
    static final class SignOff extends PlanChangeCommand {

        @Option(names = "--by", required = true, paramLabel = "REF", description = "The care manager's staff reference.")
        String by;

        @Option(names = "--final-budget", required = true, paramLabel = "AMOUNT",
                description = "The final personal budget a year, such as 15500.00.")
        String finalBudget;

        SignOff(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int change(CliRuntime.Session session, PlanId planId, ChangeContext context, PrintWriter out) {
            return report(session.lifecycle().signOff(new SignOffCommand(planId, by, Money.parse(finalBudget)), context), out);
        }
    }

    /** {@code plan activate ID --on DATE}. */
    @Command(name = "activate", mixinStandardHelpOptions = true, description = "Record that support started.")
    static final class Activate extends PlanChangeCommand {

        @Option(names = "--on", required = true, paramLabel = "DATE", description = "The day support started (YYYY-MM-DD).")
        LocalDate on;

        Activate(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int change(CliRuntime.Session session, PlanId planId, ChangeContext context, PrintWriter out) {
            return report(session.lifecycle().activate(new DatedPlanCommand(planId, on), context), out);
        }
    }

    /** {@code plan end ID --on DATE}. */
    @Command(name = "end", mixinStandardHelpOptions = true, description = "Record that support ended.")
    static final class End extends PlanChangeCommand {

        @Option(names = "--on", required = true, paramLabel = "DATE", description = "The day support ended (YYYY-MM-DD).")
        LocalDate on;

        End(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int change(CliRuntime.Session session, PlanId planId, ChangeContext context, PrintWriter out) {
            return report(session.lifecycle().end(new DatedPlanCommand(planId, on), context), out);
        }
    }

    /** {@code plan revise ID}. */
    @Command(name = "revise", mixinStandardHelpOptions = true,
            description = "Start the next version of an agreed plan as a draft; the agreed version stays in force.")
    static final class Revise extends PlanChangeCommand {

        Revise(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int change(CliRuntime.Session session, PlanId planId, ChangeContext context, PrintWriter out) {
            return report(session.lifecycle().revise(new PlanCommand(planId), context), out);
        }
    }
}
