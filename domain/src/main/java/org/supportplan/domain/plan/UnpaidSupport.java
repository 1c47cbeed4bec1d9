package org.supportplan.domain.plan;

import java.util.Set;

import org.supportplan.domain.validation.Check;

/**
 * Support that costs the budget nothing but is part of the plan: from family, friends, community
 * networks or other services (the circle of support), linked to the needs it helps meet.
 *
 * @param source where it comes from
 * @param who who gives it, described by role (for example "my daughter"), not by name
 * @param description what they do
 * @param needs the needs it helps meet
 */
public record UnpaidSupport(SupportSource source, String who, Narrative description, Set<NeedId> needs) {

    /** Validates and copies the links. */
    public UnpaidSupport {
        Check.present(source, "source");
        who = Check.text(who, "who", 200);
        Check.present(description, "description");
        needs = Sets.sortedCopy(needs, "needs");
    }
}
