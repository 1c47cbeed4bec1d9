package org.supportplan.adapter.cli;

import java.util.concurrent.Callable;

import org.supportplan.domain.signoff.SignOffReport;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code supportplan plan check FILE --council NAME [--json]}: the council's sign-off check on a plan file. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Run a council's sign-off check on a plan file and print every finding with its rule and source, "
                + "then the cost breakdown. Nothing is stored.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the plan can be agreed", "1:the check found problems", "2:the file or the council cannot be used"})
final class PlanCheckCommand implements Callable<Integer> {

    private final CliRuntime runtime;

    @Parameters(index = "0", paramLabel = "FILE", description = "The plan file (JSON, as for POST /checks; '-' reads standard input).")
    String file;

    @Option(names = "--council", paramLabel = "NAME",
            description = "The council whose profile to check under (default: the file's councilId).")
    String council;

    @Option(names = "--json", description = "Print the report as JSON (the same shape as POST /checks).")
    boolean json;

    @Mixin
    ProfilesOption profiles;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    PlanCheckCommand(CliRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        SignOffReport report = PlanFileCheck.run(runtime, file, council, profiles);
        spec.commandLine().getOut().print(json ? runtime.reportAsJson(report) + System.lineSeparator()
                : ReportText.findings(report) + System.lineSeparator() + ReportText.budget(report));
        spec.commandLine().getOut().flush();
        return report.agreeable() ? ExitCodes.OK : ExitCodes.REFUSED;
    }
}
