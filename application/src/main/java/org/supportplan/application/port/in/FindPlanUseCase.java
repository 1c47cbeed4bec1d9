package org.supportplan.application.port.in;

import java.util.List;
import java.util.Optional;

import org.supportplan.application.audit.Actor;
import org.supportplan.application.port.StoredPlan;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;

/**
 * Use case: read support plans back, the latest version or any earlier one. A plan holds personal data,
 * so every read that finds one is recorded in the audit trail under the reader.
 */
public interface FindPlanUseCase {

    /** The latest version of the plan with this id and its revision, or empty when there is none. */
    Optional<StoredPlan> findPlan(PlanId id, Actor reader);

    /** One version of a plan, or empty. */
    Optional<SupportPlan> findVersion(PlanId id, int version, Actor reader);

    /** Every version of a plan, oldest first (empty when there is none). */
    List<SupportPlan> history(PlanId id, Actor reader);
}
