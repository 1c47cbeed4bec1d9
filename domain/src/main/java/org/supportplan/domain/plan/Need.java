package org.supportplan.domain.plan;

import org.supportplan.domain.validation.Check;

/**
 * A need found by the needs assessment, tagged with the eligibility outcome it relates to and
 * whether it is eligible.
 *
 * @param id the key other parts of the plan use to refer to this need
 * @param description the need in plain words
 * @param outcome which of the ten eligibility outcomes it relates to
 * @param eligibility whether the council must meet it
 */
public record Need(NeedId id, Narrative description, EligibilityOutcome outcome, Eligibility eligibility) {

    /** Validates presence of every field. */
    public Need {
        Check.present(id, "id");
        Check.present(description, "description");
        Check.present(outcome, "outcome");
        Check.present(eligibility, "eligibility");
    }

    /** True when the council must meet this need. */
    public boolean isEligible() {
        return eligibility == Eligibility.ELIGIBLE;
    }
}
