package org.supportplan.application.port.in;

import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PlanContent;

/**
 * Use case: run the sign-off check (every finding, the cost breakdown, sufficiency) on plan content
 * that is not stored, such as a plan file, under a council's profile. Needs no store. A stored plan is
 * checked through {@link PlanLifecycleUseCase#check(PlanCommand)}.
 */
public interface CheckPlanUseCase {

    /** Checks {@code content} under {@code council}'s profile. */
    CheckOutcome check(CouncilId council, PlanContent content);
}
