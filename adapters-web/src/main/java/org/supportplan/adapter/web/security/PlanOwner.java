package org.supportplan.adapter.web.security;

import java.util.Objects;

import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PersonId;

/**
 * Whose a plan is: its person and its council, all an access decision needs to know of it.
 *
 * @param person {@code plan.person()}
 * @param council {@code plan.council()}
 */
public record PlanOwner(PersonId person, CouncilId council) {

    /** Requires both. */
    public PlanOwner {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(council, "council");
    }
}
