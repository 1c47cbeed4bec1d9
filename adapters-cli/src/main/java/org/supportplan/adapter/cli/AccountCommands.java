package org.supportplan.adapter.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.supportplan.application.port.in.AccountUseCase;
import org.supportplan.application.port.in.AccountUseCase.AccountOutcome;
import org.supportplan.application.port.in.AccountUseCase.AuditOutcome;
import org.supportplan.application.port.in.AccountUseCase.ImportOutcome;
import org.supportplan.domain.account.AccountId;
import org.supportplan.domain.account.AuditPeriod;
import org.supportplan.domain.account.DirectPaymentAccount;
import org.supportplan.domain.account.RejectedRow;
import org.supportplan.domain.plan.PlanId;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code supportplan account open|show|import|audit}: direct-payment accounts kept in the store. */
@Command(name = "account", mixinStandardHelpOptions = true,
        description = "Open direct-payment accounts, import their transactions and audit them against the plan.",
        subcommands = {AccountCommands.Open.class, AccountCommands.Show.class, AccountCommands.Import.class,
            AccountCommands.Audit.class})
final class AccountCommands implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: try 'supportplan account --help'");
    }

    /** Options every account command shares. */
    abstract static class AccountCommand implements Callable<Integer> {

        final CliRuntime runtime;

        @Mixin
        StoreOption store;

        @Mixin
        ProfilesOption profiles;

        @Mixin
        ActorOption actor;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        AccountCommand(CliRuntime runtime) {
            this.runtime = runtime;
        }

        abstract int run(AccountUseCase accounts, PrintWriter out);

        @Override
        public final Integer call() {
            try (CliRuntime.Session session = runtime.open(store.url(), profiles.directory())) {
                int code = run(session.accounts(), spec.commandLine().getOut());
                spec.commandLine().getOut().flush();
                spec.commandLine().getErr().flush();
                return code;
            }
        }

        int refused(String message) {
            spec.commandLine().getErr().println("supportplan: " + message);
            return ExitCodes.REFUSED;
        }

        int report(AccountOutcome outcome, PrintWriter out) {
            if (outcome instanceof AccountOutcome.Done done) {
                out.println(describe(done.account()));
                return ExitCodes.OK;
            }
            if (outcome instanceof AccountOutcome.NotFound notFound) {
                return refused("no " + notFound.what());
            }
            AccountOutcome.Refused refused = (AccountOutcome.Refused) outcome;
            return refused("refused by rule " + refused.rule() + ": " + refused.reason() + System.lineSeparator()
                    + "  source: " + Labels.source(refused.source()));
        }

        static String describe(DirectPaymentAccount account) {
            return "account " + account.id() + " of plan " + account.plan() + ": monitoring " + account.monitoring().level().id()
                    + " (audited every " + account.monitoring().level().auditIntervalMonths() + " months; evidence "
                    + account.monitoring().level().evidence() + "), first payment "
                    + account.firstPaymentDate().map(LocalDate::toString).orElse("not yet known");
        }
    }

    /** {@code account open PLAN_ID --account ID --level LEVEL}. */
    @Command(name = "open", mixinStandardHelpOptions = true,
            description = "Open a direct-payment account for a plan at the monitoring level an additional assessment set.")
    static final class Open extends AccountCommand {

        @Parameters(index = "0", paramLabel = "PLAN_ID", description = "The plan.")
        String plan;

        @Option(names = "--account", required = true, paramLabel = "ID", description = "The account's reference, such as DP-100234.")
        String account;

        @Option(names = "--level", defaultValue = "standard", paramLabel = "LEVEL",
                description = "Monitoring level: light, standard or enhanced (default: ${DEFAULT-VALUE}).")
        String level;

        @Option(names = "--assessed-on", paramLabel = "DATE", description = "When the additional assessment set it (default: today).")
        LocalDate assessedOn;

        @Option(names = "--assessed-by", required = true, paramLabel = "REF", description = "Who assessed it (a staff reference).")
        String assessedBy;

        Open(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AccountUseCase accounts, PrintWriter out) {
            return report(accounts.open(new AccountUseCase.OpenAccountCommand(PlanId.parse(plan), AccountId.of(account), level,
                    assessedOn == null ? runtime.today() : assessedOn, assessedBy), actor.actor()), out);
        }
    }

    /** {@code account show ID}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show an account and its audits.")
    static final class Show extends AccountCommand {

        @Parameters(index = "0", paramLabel = "ID", description = "The account.")
        String account;

        Show(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AccountUseCase accounts, PrintWriter out) {
            Optional<DirectPaymentAccount> found = accounts.account(AccountId.of(account));
            if (found.isEmpty()) {
                return refused("no account " + account);
            }
            out.println(describe(found.get()));
            accounts.reports(AccountId.of(account), actor.actor()).forEach(report -> out.println("  audit " + report.id() + " on "
                    + report.at() + ": " + report.report().period() + ", " + report.report().findings().size() + " findings"));
            return ExitCodes.OK;
        }
    }

    /** {@code account import ID FILE.csv}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a file of the account's transactions (docs/transactions-csv.md); bad rows are reported by line, "
                    + "never dropped silently; the same file is never imported twice.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every row imported", "1:imported, but some rows could not be read; or imported before",
                "2:the file cannot be read"})
    static final class Import extends AccountCommand {

        @Parameters(index = "0", paramLabel = "ID", description = "The account.")
        String account;

        @Parameters(index = "1", paramLabel = "FILE.csv", description = "The transactions.")
        Path file;

        Import(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AccountUseCase accounts, PrintWriter out) {
            if (!Files.isRegularFile(file)) {
                throw new BadInputException("cannot read " + file + ": no such file");
            }
            ImportOutcome outcome;
            try (CliRuntime.Transactions rows = runtime.transactions(file, bytes -> { })) {
                outcome = accounts.importTransactions(AccountId.of(account), rows, runtime.sha256(file), actor.actor());
            }
            if (outcome instanceof ImportOutcome.Imported imported) {
                out.println("imported " + imported.record().counts().accepted() + " of " + imported.record().counts().rows()
                        + " rows into account " + account);
                for (RejectedRow row : imported.rejected()) {
                    spec.commandLine().getErr().println("  line " + row.line() + ": " + row.reason());
                }
                return imported.record().counts().rejected() == 0 ? ExitCodes.OK : ExitCodes.REFUSED;
            }
            if (outcome instanceof ImportOutcome.AlreadyImported earlier) {
                return refused("this file was imported into account " + account + " on " + earlier.earlier().at() + "; nothing was imported again");
            }
            if (outcome instanceof ImportOutcome.Unreadable unreadable) {
                throw new BadInputException(file + ": " + unreadable.reason());
            }
            return refused("no account " + account);
        }
    }

    /** {@code account audit ID [--from DATE --to DATE]}. */
    @Command(name = "audit", mixinStandardHelpOptions = true,
            description = "Audit the account's imported transactions over a period (default: the period its monitoring level sets, "
                    + "ending today) and store the report.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the audit is clean", "1:the audit found something", "2:bad input"})
    static final class Audit extends AccountCommand {

        @Parameters(index = "0", paramLabel = "ID", description = "The account.")
        String account;

        @Option(names = "--from", paramLabel = "DATE", description = "The first day audited.")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", description = "The last day audited.")
        LocalDate to;

        @Option(names = "--json", description = "Print the report as JSON (the same shape as GET /audits/{id}).")
        boolean json;

        Audit(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AccountUseCase accounts, PrintWriter out) {
            if ((from == null) != (to == null)) {
                throw new BadInputException("give both --from and --to, or neither");
            }
            AuditOutcome outcome = accounts.audit(AccountId.of(account),
                    from == null ? Optional.empty() : Optional.of(AuditPeriod.of(from, to)), actor.actor());
            if (outcome instanceof AuditOutcome.NotFound notFound) {
                return refused("no " + notFound.what());
            }
            AuditOutcome.Audited audited = (AuditOutcome.Audited) outcome;
            out.print(json ? runtime.auditReportAsJson(audited.report().report()) + System.lineSeparator()
                    : "report " + audited.report().id() + System.lineSeparator() + AuditText.render(audited.report().report()));
            return audited.report().report().clean() ? ExitCodes.OK : ExitCodes.REFUSED;
        }
    }
}
