package org.supportplan.adapter.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.supportplan.application.port.in.AccountUseCase;
import org.supportplan.application.port.in.AccountUseCase.FileAuditOutcome;
import org.supportplan.domain.account.AuditPeriod;
import org.supportplan.domain.account.AuditReport;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PlanId;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code supportplan audit FILE.csv --plan ID|--plan-file FILE}: a direct-payment account's transactions against its plan. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit a direct-payment account's transactions (a CSV export, docs/transactions-csv.md) against the plan "
                + "versions in force: spend a rule forbids, spend matching nothing in the plan, spend above the plan, payments "
                + "to a person the rules forbid, and an unspent balance above the council's threshold. Streams: any size of file.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the audit is clean", "1:the audit found something (or some rows could not be read)",
            "2:the file, the plan or the council cannot be used"})
final class AuditFileCommand implements Callable<Integer> {

    private final CliRuntime runtime;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The account's transactions.")
    Path file;

    @ArgGroup(exclusive = true, multiplicity = "1")
    PlanChoice plan;

    /** Where the plan comes from. */
    static final class PlanChoice {
        @Option(names = "--plan", paramLabel = "ID", description = "A stored plan: each transaction is matched to the version in force on its date.")
        String id;

        @Option(names = "--plan-file", paramLabel = "FILE", description = "A plan file, taken as agreed and in force throughout the period.")
        String file;
    }

    @Option(names = "--council", paramLabel = "NAME", description = "With --plan-file: the council's rules (default: the file's councilId).")
    String council;

    @Option(names = "--from", paramLabel = "DATE", description = "The first day audited (default: the file's earliest date).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "The last day audited (default: the file's latest date).")
    LocalDate to;

    @Option(names = "--json", description = "Print the report as JSON (the same shape as GET /audits/{id}).")
    boolean json;

    @Mixin
    StoreOption store;

    @Mixin
    ProfilesOption profiles;

    @Mixin
    ActorOption actor;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    AuditFileCommand(CliRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("cannot read " + file + ": no such file");
        }
        if ((from == null) != (to == null)) {
            throw new BadInputException("give both --from and --to, or neither (the file's own dates are used then)");
        }
        Optional<AuditPeriod> period = from == null ? Optional.empty() : Optional.of(AuditPeriod.of(from, to));
        FileAuditOutcome outcome;
        // The file is parsed from now on, while the plan and the council's rules are read (ADR 26).
        try (Progress progress = Progress.of(file, spec); CliRuntime.Transactions source = runtime.transactions(file, progress::bytesRead)) {
            if (plan.id != null) {
                try (CliRuntime.Session session = runtime.open(store.url(), profiles.directory())) {
                    outcome = session.accounts().auditFile(PlanId.parse(plan.id), source, period, actor.actor());
                }
            } else {
                CliRuntime.PlanDocument document = InputFiles.read(plan.file, runtime::readPlanDocument);
                CouncilId councilId = council != null ? CouncilId.of(council) : document.council().orElseThrow(() ->
                        new BadInputException(plan.file + " names no councilId: say which council's rules to audit under with --council"));
                AccountUseCase audits = runtime.fileAudits(profiles.directory());
                outcome = audits.auditFile(document.content(), councilId, source, period);
            }
        }
        if (outcome instanceof FileAuditOutcome.Unreadable unreadable) {
            throw new BadInputException(file + ": " + unreadable.reason());
        }
        if (outcome instanceof FileAuditOutcome.NotFound notFound) {
            throw new BadInputException("no " + notFound.what());
        }
        AuditReport report = ((FileAuditOutcome.Audited) outcome).report();
        spec.commandLine().getOut().print(json ? runtime.auditReportAsJson(report) + System.lineSeparator() : AuditText.render(report));
        spec.commandLine().getOut().flush();
        return report.clean() ? ExitCodes.OK : ExitCodes.REFUSED;
    }

    /** A progress bar on standard error, by bytes read, shown only when a person is watching a terminal. */
    private static final class Progress implements AutoCloseable {

        private final ProgressBar bar;
        private final long size;

        private Progress(ProgressBar bar, long size) {
            this.bar = bar;
            this.size = size;
        }

        static Progress of(Path file, CommandLine.Model.CommandSpec spec) throws IOException {
            long size = Files.size(file);
            if (System.console() == null) {
                return new Progress(null, size);
            }
            return new Progress(new ProgressBarBuilder().setTaskName("Auditing").setInitialMax(size).setUnit(" MB", 1_048_576)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed().continuousUpdate().build(), size);
        }

        // The file may be read twice (once for its dates): each read counts from zero.
        void bytesRead(long bytes) {
            if (bar != null) {
                bar.stepTo(Math.min(bytes, size));
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
