package org.supportplan.application.port;

import java.util.Objects;

import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PersonId;

/**
 * Whose a plan is: its person and its council, the same in every version of the plan (a store refuses a
 * version for anyone else), so what access decisions need without reading the plan's content.
 *
 * @param person the plan's person
 * @param council the council responsible for the plan
 */
public record PlanOwnership(PersonId person, CouncilId council) {

    /** Requires both. */
    public PlanOwnership {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(council, "council");
    }
}
