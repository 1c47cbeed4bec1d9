package org.supportplan.adapter.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;

import org.supportplan.application.audit.AuditChain;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code supportplan export} and {@code import}: a whole store as JSON lines, to move between stores (docs/adr/0020). */
final class TransferCommands {

    private TransferCommands() {
    }

    private static int report(CommandLine.Model.CommandSpec spec, String verb, CliRuntime.Transfer transfer) {
        spec.commandLine().getErr().println(verb + " " + transfer.plans() + " plans (" + transfer.planVersions() + " versions), "
                + transfer.reviews() + " reviews, " + transfer.reviewRequests() + " review requests, " + transfer.agreedIntervals()
                + " agreed review intervals, " + transfer.accounts() + " direct-payment accounts (" + transfer.transactionImports()
                + " imported files, " + transfer.transactions() + " transactions, " + transfer.auditReports() + " audit reports) and "
                + transfer.auditEntries() + " audit trail entries.");
        if (transfer.trail() instanceof AuditChain.Verification.Broken broken) {
            spec.commandLine().getErr().println("supportplan: the audit trail carried is broken at entry " + broken.sequence()
                    + ": " + broken.reason());
            spec.commandLine().getErr().flush();
            return ExitCodes.REFUSED;
        }
        spec.commandLine().getErr().println("The audit trail carried is intact.");
        spec.commandLine().getErr().flush();
        return ExitCodes.OK;
    }

    /** {@code export --to FILE}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the whole store as JSON lines: plans with every version and revision, reviews, review requests, "
                    + "agreed review intervals, direct-payment accounts with their imports, transactions and audit reports, and the "
                    + "audit trail. Stop the service first: an export is a copy of a store nothing is writing to.")
    static final class Export implements Callable<Integer> {

        private final CliRuntime runtime;

        @Option(names = "--to", required = true, paramLabel = "FILE", description = "The file to write ('-' for standard output).")
        String to;

        @Mixin
        StoreOption store;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Export(CliRuntime runtime) {
            this.runtime = runtime;
        }

        @Override
        public Integer call() throws IOException {
            if ("-".equals(to)) {
                return report(spec, "Exported", runtime.export(store.url(), System.out));
            }
            Path file = Path.of(to);
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                return report(spec, "Exported", runtime.export(store.url(), out));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                throw new BadInputException(to + " exists: an export never overwrites a file");
            }
        }
    }

    /** {@code import --from FILE}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Read an export (format 2, or format 1 of plans and the trail only) into an empty store, exactly as "
                    + "it was exported, then record the import in the trail.")
    static final class Import implements Callable<Integer> {

        private final CliRuntime runtime;

        @Option(names = "--from", required = true, paramLabel = "FILE", description = "The export file ('-' for standard input).")
        String from;

        @Mixin
        StoreOption store;

        @Mixin
        ActorOption actor;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Import(CliRuntime runtime) {
            this.runtime = runtime;
        }

        @Override
        public Integer call() {
            try {
                return InputFiles.read(from, in -> report(spec, "Imported", runtime.importInto(store.url(), in, actor.actor())));
            } catch (UncheckedIOException e) {
                throw new BadInputException("cannot read " + from + ": " + e.getMessage());
            }
        }
    }
}
