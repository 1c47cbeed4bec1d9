package org.supportplan.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.supportplan.application.audit.Actor;
import org.supportplan.application.audit.AuditAction;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.StoredPlan;
import org.supportplan.application.port.in.DraftPlanCommand;
import org.supportplan.application.port.in.DraftPlanUseCase;
import org.supportplan.application.port.in.FindPlanUseCase;
import org.supportplan.application.port.out.AuditTrail;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;

/** Drafts support plans and reads them back, recording every draft and every read in the audit trail. */
public final class PlanService implements DraftPlanUseCase, FindPlanUseCase {

    private final PlanRepository plans;
    private final AuditTrail trail;
    private final Clock clock;
    private final Supplier<PlanId> newIds;

    /** A service storing in {@code plans}, recording reads in {@code trail}, timestamping with {@code clock}. */
    public PlanService(PlanRepository plans, AuditTrail trail, Clock clock) {
        this(plans, trail, clock, PlanId::random);
    }

    /** As above, with ids from {@code newIds} (tests use a fixed sequence). */
    public PlanService(PlanRepository plans, AuditTrail trail, Clock clock, Supplier<PlanId> newIds) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.trail = Objects.requireNonNull(trail, "trail");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.newIds = Objects.requireNonNull(newIds, "newIds");
    }

    @Override
    public StoredPlan draftPlan(DraftPlanCommand command, Actor actor) {
        SupportPlan plan = SupportPlan.draft(newIds.get(), command.personId(), command.councilId(), command.content(),
                clock.instant());
        plans.create(plan, AuditEvent.change(clock.instant(), actor, AuditAction.PLAN_CREATED, null, plan));
        return new StoredPlan(plan, Revision.FIRST);
    }

    @Override
    public Optional<StoredPlan> findPlan(PlanId id, Actor reader) {
        Optional<StoredPlan> found = plans.findById(id);
        found.ifPresent(stored -> recordRead(reader, stored.plan()));
        return found;
    }

    @Override
    public Optional<SupportPlan> findVersion(PlanId id, int version, Actor reader) {
        Optional<SupportPlan> found = plans.findVersion(id, version);
        found.ifPresent(plan -> recordRead(reader, plan));
        return found;
    }

    @Override
    public List<SupportPlan> history(PlanId id, Actor reader) {
        List<SupportPlan> versions = plans.history(id);
        if (!versions.isEmpty()) {
            recordRead(reader, versions.get(versions.size() - 1));
        }
        return versions;
    }

    private void recordRead(Actor reader, SupportPlan plan) {
        trail.append(AuditEvent.read(clock.instant(), reader, plan));
    }
}
