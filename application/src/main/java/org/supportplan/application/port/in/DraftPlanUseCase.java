package org.supportplan.application.port.in;

import org.supportplan.application.audit.Actor;
import org.supportplan.application.port.StoredPlan;

/** Use case: start a new draft support plan for a person. */
public interface DraftPlanUseCase {

    /** Creates and stores a draft plan for {@code actor}, returning it with its new id and first revision. */
    StoredPlan draftPlan(DraftPlanCommand command, Actor actor);
}
