package org.supportplan.application.service;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.supportplan.application.port.in.DraftPlanCommand;
import org.supportplan.application.port.in.DraftPlanUseCase;
import org.supportplan.application.port.in.FindPlanUseCase;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;

/** Drafts support plans and reads them back. */
public final class PlanService implements DraftPlanUseCase, FindPlanUseCase {

    private final PlanRepository plans;
    private final Clock clock;
    private final Supplier<PlanId> newIds;

    /** A service storing in {@code plans}, timestamping with {@code clock}, with random plan ids. */
    public PlanService(PlanRepository plans, Clock clock) {
        this(plans, clock, PlanId::random);
    }

    /** As above, with ids from {@code newIds} (tests use a fixed sequence). */
    public PlanService(PlanRepository plans, Clock clock, Supplier<PlanId> newIds) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.newIds = Objects.requireNonNull(newIds, "newIds");
    }

    @Override
    public SupportPlan draftPlan(DraftPlanCommand command) {
        SupportPlan plan = SupportPlan.draft(newIds.get(), command.personId(), command.councilId(),
                command.whatIsImportant(), command.supportItems(), clock.instant());
        plans.save(plan);
        return plan;
    }

    @Override
    public Optional<SupportPlan> findPlan(PlanId id) {
        return plans.findById(id);
    }
}
