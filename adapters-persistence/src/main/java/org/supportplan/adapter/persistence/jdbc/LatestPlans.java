package org.supportplan.adapter.persistence.jdbc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.supportplan.application.port.StoredPlan;
import org.supportplan.domain.plan.PlanId;

/**
 * The latest version of the plans read most recently, each under the revision it was read at (docs/adr/0024).
 * Every write of a plan advances its revision in the database, so a plan found here under the revision the
 * database holds now is exactly what a full read would give; another process's writes count too, because the
 * revision is asked of the database on every read. Plans are immutable values, so callers may share them.
 */
final class LatestPlans {

    private final Map<PlanId, StoredPlan> plans;

    /** Holds at most {@code capacity} plans, dropping the one read longest ago. */
    LatestPlans(int capacity) {
        this.plans = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<PlanId, StoredPlan> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The plan as read at {@code revision}, or empty when it was not read at that revision (or was dropped). */
    synchronized Optional<StoredPlan> at(PlanId id, long revision) {
        StoredPlan stored = plans.get(id);
        return stored != null && stored.revision().value() == revision ? Optional.of(stored) : Optional.empty();
    }

    /** Keeps {@code stored} unless a later revision of the plan is kept already. */
    synchronized void keep(StoredPlan stored) {
        plans.merge(stored.plan().id(), stored, (kept, read) -> kept.revision().compareTo(read.revision()) > 0 ? kept : read);
    }
}
