package org.supportplan.application.port.in;

import java.util.List;

import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.signoff.SignOffReport;

/** The outcome of a sign-off check: the report, or why no check could be made. */
public sealed interface CheckOutcome permits CheckOutcome.Checked, CheckOutcome.UnknownCouncil, CheckOutcome.PlanNotFound {

    /**
     * The check ran.
     *
     * @param report every finding, the breakdown and sufficiency
     */
    record Checked(SignOffReport report) implements CheckOutcome {
    }

    /**
     * No profile is installed for the council.
     *
     * @param council the council asked for
     * @param known the councils that have a profile
     */
    record UnknownCouncil(CouncilId council, List<CouncilId> known) implements CheckOutcome {
    }

    /**
     * There is no such plan.
     *
     * @param id the id asked for
     */
    record PlanNotFound(PlanId id) implements CheckOutcome {
    }
}
