package org.supportplan.adapter.cli;

import java.util.concurrent.Callable;

import org.supportplan.domain.budget.Sufficiency;
import org.supportplan.domain.signoff.SignOffReport;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code supportplan plan budget FILE --council NAME}: the cost breakdown of a plan file under a council's rules. */
@Command(name = "budget", mixinStandardHelpOptions = true,
        description = "Print the cost breakdown of a plan file per item and in total, a week, four weeks and a year, "
                + "under a council's weeks-per-year and rounding rules, with the personal budget and whether it is enough.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the support fits the budget and top-ups", "1:there is a shortfall, or no budget to judge against",
            "2:the file or the council cannot be used"})
final class PlanBudgetCommand implements Callable<Integer> {

    private final CliRuntime runtime;

    @Parameters(index = "0", paramLabel = "FILE", description = "The plan file (JSON; '-' reads standard input).")
    String file;

    @Option(names = "--council", paramLabel = "NAME",
            description = "The council whose rules to cost under (default: the file's councilId).")
    String council;

    @Option(names = "--json", description = "Print the budget as JSON (the 'budget' member of a check report).")
    boolean json;

    @Mixin
    ProfilesOption profiles;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    PlanBudgetCommand(CliRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        SignOffReport report = PlanFileCheck.run(runtime, file, council, profiles);
        spec.commandLine().getOut().print(json ? runtime.budgetAsJson(report) + System.lineSeparator() : ReportText.budget(report));
        spec.commandLine().getOut().flush();
        return report.sufficiency() instanceof Sufficiency.Sufficient ? ExitCodes.OK : ExitCodes.REFUSED;
    }
}
