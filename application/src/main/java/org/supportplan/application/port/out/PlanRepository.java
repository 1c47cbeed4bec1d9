package org.supportplan.application.port.out;

import java.util.Optional;

import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;

/** Out-port: where support plans are kept. Each save is all or nothing. */
public interface PlanRepository {

    /** Stores a new plan, or replaces the stored plan with the same id, atomically. */
    void save(SupportPlan plan);

    /** The stored plan with this id, or empty. */
    Optional<SupportPlan> findById(PlanId id);
}
