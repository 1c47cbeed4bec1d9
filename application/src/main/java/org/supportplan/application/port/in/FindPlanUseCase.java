package org.supportplan.application.port.in;

import java.util.Optional;

import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;

/** Use case: read a support plan back by its id. */
public interface FindPlanUseCase {

    /** The plan with this id, or empty when there is none. */
    Optional<SupportPlan> findPlan(PlanId id);
}
