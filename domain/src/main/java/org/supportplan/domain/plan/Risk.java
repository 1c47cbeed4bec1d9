package org.supportplan.domain.plan;

import java.util.Optional;

import org.supportplan.domain.validation.Check;

/**
 * A risk in the plan and how it is managed. A plan may record a risk before its mitigation is
 * agreed, but it cannot be signed off until every risk has one.
 *
 * @param description the risk
 * @param mitigation how it is managed, or null while not yet agreed
 */
public record Risk(Narrative description, Narrative mitigation) {

    /** Validates presence of the description. */
    public Risk {
        Check.present(description, "description");
    }

    /** How the risk is managed, if agreed. */
    public Optional<Narrative> managedBy() {
        return Optional.ofNullable(mitigation);
    }
}
