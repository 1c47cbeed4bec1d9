package org.supportplan.adapter.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.supportplan.application.port.ChangeContext;
import org.supportplan.application.port.in.RecordReviewCommand;
import org.supportplan.application.port.in.ReviewChange;
import org.supportplan.application.port.in.ReviewUseCase.CaseloadOutcome;
import org.supportplan.application.port.in.ReviewUseCase.ScheduleOutcome;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.NeedId;
import org.supportplan.domain.plan.OutcomeId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.review.BudgetUse;
import org.supportplan.domain.review.Caseload;
import org.supportplan.domain.review.DueReview;
import org.supportplan.domain.review.ParticipantRole;
import org.supportplan.domain.review.ReviewMethod;
import org.supportplan.domain.review.ReviewOutcome;
import org.supportplan.domain.review.ReviewTrigger;
import org.supportplan.domain.review.Window;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code supportplan review due|schedule|record|request}: reviews of plans in force. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "See which reviews are due, and record reviews and requests for them.",
        subcommands = {ReviewCommands.Due.class, ReviewCommands.Schedule.class, ReviewCommands.Record.class,
            ReviewCommands.Request.class})
final class ReviewCommands implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: try 'supportplan review --help'");
    }

    private static void line(StringBuilder text, DueReview due, boolean overdue) {
        text.append(String.format("  %s  %-36s  %-22s  %s%s%n", due.dueOn(), due.plan(), Labels.of(due.kind()),
                due.setBy().label(), overdue ? "  OVERDUE" : ""));
        text.append("      ").append(due.rule()).append(", counted from ").append(due.countedFrom()).append("; source: ")
                .append(Labels.source(due.source())).append(System.lineSeparator());
    }

    /** {@code review due --council NAME --within 30d}. */
    @Command(name = "due", mixinStandardHelpOptions = true,
            description = "List a council's reviews that are overdue or due within a window, by due date, each with the rule that set it.")
    static final class Due implements Callable<Integer> {

        private final CliRuntime runtime;

        @Option(names = "--council", required = true, paramLabel = "NAME", description = "The council, such as bury.")
        String council;

        @Option(names = "--within", defaultValue = "30d", paramLabel = "WINDOW",
                description = "How far ahead to look: days or weeks, such as 30d or 6w (default: ${DEFAULT-VALUE}).")
        String within;

        @Option(names = "--json", description = "Print JSON (the same shape as GET /councils/{id}/reviews/due).")
        boolean json;

        @Mixin
        StoreOption store;

        @Mixin
        ProfilesOption profiles;

        @Mixin
        ActorOption actor;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Due(CliRuntime runtime) {
            this.runtime = runtime;
        }

        @Override
        public Integer call() {
            Window window = Window.parse(within);
            CaseloadOutcome outcome;
            try (CliRuntime.Session session = runtime.open(store.url(), profiles.directory())) {
                outcome = session.reviews().caseload(CouncilId.of(council), window, actor.actor());
            }
            if (outcome instanceof CaseloadOutcome.UnknownCouncil unknown) {
                throw new BadInputException("no profile is installed for the council " + unknown.council());
            }
            Caseload caseload = ((CaseloadOutcome.Listed) outcome).caseload();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(runtime.caseloadAsJson(caseload));
            } else {
                StringBuilder text = new StringBuilder();
                text.append("Reviews for ").append(caseload.council()).append(" on ").append(caseload.today()).append(": ")
                        .append(caseload.overdue().size()).append(" overdue, ").append(caseload.dueInWindow().size())
                        .append(" due within ").append(caseload.window()).append(System.lineSeparator());
                caseload.overdue().forEach(due -> line(text, due, true));
                caseload.dueInWindow().forEach(due -> line(text, due, false));
                out.print(text);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code review schedule ID}. */
    @Command(name = "schedule", mixinStandardHelpOptions = true, description = "Show a plan's review schedule.")
    static final class Schedule implements Callable<Integer> {

        private final CliRuntime runtime;

        @Parameters(index = "0", paramLabel = "ID", description = "The plan id.")
        String id;

        @Mixin
        StoreOption store;

        @Mixin
        ProfilesOption profiles;

        @Mixin
        ActorOption actor;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Schedule(CliRuntime runtime) {
            this.runtime = runtime;
        }

        @Override
        public Integer call() {
            ScheduleOutcome outcome;
            try (CliRuntime.Session session = runtime.open(store.url(), profiles.directory())) {
                outcome = session.reviews().schedule(PlanId.parse(id), actor.actor());
            }
            if (outcome instanceof ScheduleOutcome.NotFound) {
                spec.commandLine().getErr().println("supportplan: no plan with id " + id);
                return ExitCodes.REFUSED;
            }
            if (outcome instanceof ScheduleOutcome.NotInForce) {
                spec.commandLine().getErr().println("supportplan: no version of plan " + id + " is in force: nothing is scheduled");
                return ExitCodes.REFUSED;
            }
            StringBuilder text = new StringBuilder();
            ScheduleOutcome.Scheduled scheduled = (ScheduleOutcome.Scheduled) outcome;
            scheduled.schedule().due().forEach(due -> line(text, due, false));
            scheduled.schedule().unscheduled().forEach(waiting -> text.append("  ").append(Labels.of(waiting.kind()))
                    .append(": not yet scheduled, waiting for ").append(Labels.of(waiting.waitingFor())).append(System.lineSeparator()));
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    /** {@code review record ID --held-on DATE ...}. */
    @Command(name = "record", mixinStandardHelpOptions = true,
            description = "Record a review that was held: how, who took part, how the budget was used, and the outcome "
                    + "(a minor change revises the plan as a new draft version; a significant change asks for a re-assessment).")
    static final class Record extends PlanChangeCommand {

        @Option(names = "--held-on", required = true, paramLabel = "DATE", description = "The day it was held (YYYY-MM-DD).")
        LocalDate heldOn;

        @Option(names = "--trigger", defaultValue = "SCHEDULED_REGULAR", paramLabel = "WHY",
                description = "Why it was held: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        ReviewTrigger trigger;

        @Option(names = "--method", required = true, paramLabel = "HOW", description = "How: ${COMPLETION-CANDIDATES}.")
        ReviewMethod method;

        @Option(names = "--participant", required = true, paramLabel = "ROLE",
                description = "Who took part, by role (repeat): ${COMPLETION-CANDIDATES}.")
        List<ParticipantRole> participants;

        @Option(names = "--budget-use", paramLabel = "need:ID=TEXT|outcome:ID=TEXT",
                description = "How the budget was used for a need or an outcome (repeat).")
        List<String> budgetUse = new ArrayList<>();

        @Option(names = "--outcome", required = true, paramLabel = "OUTCOME",
                description = "NO_CHANGE, MINOR_CHANGE (with --what-changes) or SIGNIFICANT_CHANGE (with --why).")
        String outcome;

        @Option(names = "--what-changes", paramLabel = "TEXT", description = "For a minor change: what changes in the plan.")
        String whatChanges;

        @Option(names = "--why", paramLabel = "TEXT", description = "For a significant change: why a re-assessment is needed.")
        String why;

        @Option(names = "--covers-direct-payment", description = "The direct payment was reviewed too.")
        boolean coversDirectPayment;

        Record(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int change(CliRuntime.Session session, PlanId planId, ChangeContext context, PrintWriter out) {
            ReviewChange change = session.reviews().record(new RecordReviewCommand(planId, heldOn, trigger, method,
                    java.util.Set.copyOf(participants), budgetUses(), reviewOutcome(), coversDirectPayment), context);
            if (change instanceof ReviewChange.Recorded recorded) {
                out.println("review " + recorded.review().id() + " of plan " + planId + " version " + recorded.review().planVersion()
                        + " recorded; the plan is now version " + recorded.plan().version() + " (" + recorded.plan().status()
                        + ", revision " + recorded.revision() + ")"
                        + recorded.review().reassessmentRequest().map(r -> "; a re-assessment is requested").orElse(""));
                return ExitCodes.OK;
            }
            return reportReviewRefusal(change);
        }

        private ReviewOutcome reviewOutcome() {
            return switch (outcome) {
                case "NO_CHANGE" -> new ReviewOutcome.NoChange();
                case "MINOR_CHANGE" -> new ReviewOutcome.MinorChange(Narrative.of(required(whatChanges, "--what-changes")));
                case "SIGNIFICANT_CHANGE" -> new ReviewOutcome.SignificantChange(Narrative.of(required(why, "--why")));
                default -> throw new BadInputException("--outcome is NO_CHANGE, MINOR_CHANGE or SIGNIFICANT_CHANGE, not " + outcome);
            };
        }

        private List<BudgetUse> budgetUses() {
            List<BudgetUse> uses = new ArrayList<>();
            for (String use : budgetUse) {
                int colon = use.indexOf(':');
                int equals = use.indexOf('=');
                if (colon < 0 || equals < colon) {
                    throw new BadInputException("--budget-use is need:ID=TEXT or outcome:ID=TEXT, not " + use);
                }
                String kind = use.substring(0, colon);
                String ref = use.substring(colon + 1, equals);
                Narrative how = Narrative.of(use.substring(equals + 1));
                uses.add(switch (kind) {
                    case "need" -> BudgetUse.forNeed(NeedId.of(ref), how);
                    case "outcome" -> BudgetUse.forOutcome(OutcomeId.of(ref), how);
                    default -> throw new BadInputException("--budget-use starts with need: or outcome:, not " + kind + ":");
                });
            }
            return uses;
        }

        private static String required(String value, String option) {
            if (value == null || value.isBlank()) {
                throw new BadInputException("this outcome needs " + option);
            }
            return value;
        }
    }

    /** {@code review request ID --on DATE --by ROLE}. */
    @Command(name = "request", mixinStandardHelpOptions = true,
            description = "Record that the person (or their carer, or another) asked for a review (Care Act s.27): it is due at once.")
    static final class Request extends PlanChangeCommand {

        @Option(names = "--on", paramLabel = "DATE", description = "The day it was asked for (default: today).")
        LocalDate on;

        @Option(names = "--by", required = true, paramLabel = "ROLE", description = "Who asked: ${COMPLETION-CANDIDATES}.")
        ParticipantRole by;

        Request(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int change(CliRuntime.Session session, PlanId planId, ChangeContext context, PrintWriter out) {
            ReviewChange change = session.reviews().request(planId, on == null ? runtime.today() : on, by,
                    context.actor());
            if (change instanceof ReviewChange.Requested requested) {
                out.println("a review of plan " + planId + " was requested on " + requested.request().requestedOn() + " by "
                        + Labels.of(requested.request().requestedBy()) + ": it is due now");
                return ExitCodes.OK;
            }
            return reportReviewRefusal(change);
        }
    }
}
