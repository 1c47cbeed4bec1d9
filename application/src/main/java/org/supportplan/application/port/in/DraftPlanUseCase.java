package org.supportplan.application.port.in;

import org.supportplan.domain.plan.SupportPlan;

/** Use case: start a new draft support plan for a person. */
public interface DraftPlanUseCase {

    /** Creates and stores a draft plan, returning it with its new id. */
    SupportPlan draftPlan(DraftPlanCommand command);
}
