package org.supportplan.application.port;

import java.util.Objects;

import org.supportplan.domain.plan.SupportPlan;

/**
 * A plan's latest version as stored, with the plan's revision (what an update must be based on).
 *
 * @param plan the latest version
 * @param revision the plan's revision
 */
public record StoredPlan(SupportPlan plan, Revision revision) {

    /** Requires both. */
    public StoredPlan {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(revision, "revision");
    }
}
