package org.supportplan.adapter.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.supportplan.application.port.ChangeContext;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.in.PlanChange;
import org.supportplan.application.port.in.ReviewChange;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.signoff.Finding;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every command that changes a stored plan shares: the plan id, the revision the change is based on,
 * the store, the profiles and the actor; and one way of reporting the outcome (exit 0 changed, 1 refused,
 * stale, not agreeable or not found, 2 bad input).
 */
abstract class PlanChangeCommand implements Callable<Integer> {

    final CliRuntime runtime;

    @Parameters(index = "0", paramLabel = "ID", description = "The plan id (a UUID).")
    String id;

    @Option(names = "--if-match", paramLabel = "REVISION",
            description = "Change the plan only if it is still at this revision (the number in its ETag, shown by "
                    + "'plan show'); without it, the change is based on the revision read when it is made.")
    Long ifMatch;

    @Option(names = "--json", description = "Print the changed plan as JSON (the same shape as the HTTP API).")
    boolean json;

    @Mixin
    StoreOption store;

    @Mixin
    ProfilesOption profiles;

    @Mixin
    ActorOption actor;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    PlanChangeCommand(CliRuntime runtime) {
        this.runtime = runtime;
    }

    /** Makes this command's change through the session's use cases, says how it went, and returns the exit code. */
    abstract int change(CliRuntime.Session session, PlanId planId, ChangeContext context, PrintWriter out);

    @Override
    public final Integer call() {
        PlanId planId = PlanId.parse(id);
        ChangeContext context = ifMatch == null ? ChangeContext.by(actor.actor())
                : ChangeContext.by(actor.actor(), new Revision(ifMatch));
        try (CliRuntime.Session session = runtime.open(store.url(), profiles.directory())) {
            int code = change(session, planId, context, spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
            return code;
        }
    }

    /** Prints a lifecycle change's outcome: the changed plan, or why nothing changed. */
    final int report(PlanChange change, PrintWriter out) {
        PrintWriter err = spec.commandLine().getErr();
        if (change instanceof PlanChange.Changed changed) {
            out.println(json ? runtime.planAsJson(changed.plan()) : "plan " + changed.plan().id() + " version "
                    + changed.plan().version() + " is " + changed.plan().status() + " (revision " + changed.revision() + ")");
            out.flush();
            return ExitCodes.OK;
        }
        if (change instanceof PlanChange.Stale stale) {
            err.println("supportplan: plan " + stale.id() + " has changed since the revision this change was based on; it is "
                    + "now at revision " + stale.current() + ". Nothing was changed: show it again and decide again.");
        } else if (change instanceof PlanChange.NotFound notFound) {
            err.println("supportplan: no plan with id " + notFound.id());
        } else if (change instanceof PlanChange.Refused refused) {
            err.println("supportplan: refused by rule " + refused.rule() + ": " + refused.reason());
            err.println("  source: " + Labels.source(refused.source()));
        } else {
            PlanChange.NotAgreeable notAgreeable = (PlanChange.NotAgreeable) change;
            err.println("supportplan: the plan cannot be agreed: the sign-off check found "
                    + notAgreeable.report().findings().size() + " problem(s); nothing was changed");
            for (Finding finding : notAgreeable.report().findings()) {
                err.println("  " + finding.path() + " [" + finding.rule() + "] " + finding.message());
            }
        }
        err.flush();
        return ExitCodes.REFUSED;
    }

    /** Prints why a review, request or agreed interval was not recorded. */
    final int reportReviewRefusal(ReviewChange change) {
        PrintWriter err = spec.commandLine().getErr();
        if (change instanceof ReviewChange.Stale stale) {
            err.println("supportplan: plan " + stale.id() + " has changed since the revision this was based on; it is now at "
                    + "revision " + stale.current() + ". Nothing was recorded: show it again and decide again.");
        } else if (change instanceof ReviewChange.NotFound notFound) {
            err.println("supportplan: no plan with id " + notFound.id());
        } else if (change instanceof ReviewChange.Refused refused) {
            err.println("supportplan: refused by rule " + refused.rule() + ": " + refused.reason());
            err.println("  source: " + Labels.source(refused.source()));
        } else {
            throw new IllegalStateException("not a refusal: " + change);
        }
        err.flush();
        return ExitCodes.REFUSED;
    }
}
