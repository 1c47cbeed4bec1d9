package org.supportplan.adapter.cli;

import org.supportplan.application.port.in.CheckOutcome;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.signoff.SignOffReport;

/** Shared by {@code plan check} and {@code plan budget}: reads a plan file and checks it under the chosen council. */
final class PlanFileCheck {

    private PlanFileCheck() {
    }

    /**
     * Checks {@code file} under {@code council} (or, when null, the council the file names).
     *
     * @throws BadInputException when the file cannot be read or no council profile applies
     */
    static SignOffReport run(CliRuntime runtime, String file, String council, ProfilesOption profiles) {
        CliRuntime.PlanDocument document = InputFiles.read(file, runtime::readPlanDocument);
        CouncilId councilId = council != null ? CouncilId.of(council) : document.council().orElseThrow(() ->
                new BadInputException(file + " names no councilId: say which council's rules to check it under with --council NAME"));
        CheckOutcome outcome = runtime.councils(profiles.directory()).checks().check(councilId, document.content());
        if (outcome instanceof CheckOutcome.UnknownCouncil unknown) {
            throw new BadInputException("no profile is installed for the council " + unknown.council() + "; installed: "
                    + String.join(", ", unknown.known().stream().map(CouncilId::value).toList())
                    + profiles.directory().map(d -> " (shipped, and from " + d + ")").orElse(" (add one with --profiles DIR)"));
        }
        return ((CheckOutcome.Checked) outcome).report();
    }
}
