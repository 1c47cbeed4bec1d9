package org.supportplan.adapter.cli;

import java.util.concurrent.Callable;

import org.supportplan.application.audit.AuditChain;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code supportplan audit-trail verify}: checks the audit trail's hash chain. */
@Command(name = "audit-trail", mixinStandardHelpOptions = true,
        description = "Work with the append-only audit trail of every change and every read of a plan.",
        subcommands = {AuditTrailCommand.Verify.class})
final class AuditTrailCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: try 'supportplan audit-trail --help'");
    }

    /** {@code audit-trail verify}. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check every entry's hash against its contents and the entry before it; name the first broken one.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the trail is intact", "1:an entry was changed, removed or inserted", "3:the store failed"})
    static final class Verify implements Callable<Integer> {

        private final CliRuntime runtime;

        @Mixin
        StoreOption store;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Verify(CliRuntime runtime) {
            this.runtime = runtime;
        }

        @Override
        public Integer call() {
            AuditChain.Verification verification;
            String description;
            try (CliRuntime.Session session = runtime.open(store.url(), java.util.Optional.empty())) {
                verification = session.auditTrail().verify();
                description = session.storeDescription();
            }
            if (verification instanceof AuditChain.Verification.Intact intact) {
                spec.commandLine().getOut().println("The audit trail of " + description + " is intact: " + intact.entries()
                        + " entries, the last hashed " + intact.lastHash() + ".");
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            }
            AuditChain.Verification.Broken broken = (AuditChain.Verification.Broken) verification;
            spec.commandLine().getErr().println("supportplan: the audit trail of " + description + " is broken at entry "
                    + broken.sequence() + ": " + broken.reason());
            spec.commandLine().getErr().flush();
            return ExitCodes.REFUSED;
        }
    }
}
