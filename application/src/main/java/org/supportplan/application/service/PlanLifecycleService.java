package org.supportplan.application.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.supportplan.application.audit.Actor;
import org.supportplan.application.audit.AuditAction;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.ChangeContext;
import org.supportplan.application.port.StoredPlan;
import org.supportplan.application.port.in.CheckOutcome;
import org.supportplan.application.port.in.DatedPlanCommand;
import org.supportplan.application.port.in.EditPlanCommand;
import org.supportplan.application.port.in.PlanChange;
import org.supportplan.application.port.in.PlanCommand;
import org.supportplan.application.port.in.PlanLifecycleUseCase;
import org.supportplan.application.port.in.ReturnPlanCommand;
import org.supportplan.application.port.in.SignOffCommand;
import org.supportplan.application.port.out.AuditTrail;
import org.supportplan.application.port.out.CouncilProfiles;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SignOff;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.plan.Transition;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.review.BudgetChange;
import org.supportplan.domain.review.BudgetChangePolicy;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.signoff.SignOffCheck;
import org.supportplan.domain.signoff.SignOffReport;

/**
 * Moves plans through their lifecycle under each council's profile. Each step reads the plan and its
 * revision, lets the domain decide, and writes the result with its audit event only if the plan has not
 * moved on since (the revision the caller stated, else the one read here).
 */
public final class PlanLifecycleService implements PlanLifecycleUseCase {

    private static final RuleSource PROFILES = RuleSource.of(RuleSource.Kind.SUPPORTPLAN_DEFAULT,
            "supportplan: a plan is checked under its council's installed profile");

    private final PlanRepository plans;
    private final AuditTrail trail;
    private final CouncilProfiles profiles;
    private final Clock clock;

    /** A service over {@code plans} and {@code profiles}, recording reads in {@code trail}, timestamping with {@code clock}. */
    public PlanLifecycleService(PlanRepository plans, AuditTrail trail, CouncilProfiles profiles, Clock clock) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.trail = Objects.requireNonNull(trail, "trail");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PlanChange edit(EditPlanCommand command, ChangeContext context) {
        return change(command.planId(), context, AuditAction.PLAN_EDITED, plan -> plan.edit(command.content()));
    }

    @Override
    public PlanChange submit(PlanCommand command, ChangeContext context) {
        return change(command.planId(), context, AuditAction.PLAN_SUBMITTED, SupportPlan::submit);
    }

    @Override
    public PlanChange returnPlan(ReturnPlanCommand command, ChangeContext context) {
        return change(command.planId(), context, AuditAction.PLAN_RETURNED, plan -> plan.returnWithReasons(command.reasons()));
    }

    @Override
    public PlanChange signOff(SignOffCommand command, ChangeContext context) {
        return read(command.planId(), context).map(stored -> signOff(stored, command, context.actor()))
                .orElseGet(() -> missingOrStale(command.planId(), context));
    }

    private PlanChange signOff(StoredPlan stored, SignOffCommand command, Actor actor) {
        SupportPlan plan = stored.plan();
        Optional<CouncilProfile> profile = profiles.find(plan.council());
        if (profile.isEmpty()) {
            return unknownCouncil(plan.council());
        }
        SignOff signOff = new SignOff(command.signedOffBy(), clock.instant(), command.finalBudgetAnnual());
        if (plan.status() != PlanStatus.SUBMITTED || plan.content().budget() == null
                || plan.content().budget().assessedContributionAnnual().isGreaterThan(command.finalBudgetAnnual())) {
            // Let the domain say why (wrong state, no budget) before any check is run.
            return write(stored, actor, AuditAction.PLAN_AGREED, plan.agree(new SignOffCheck(profile.get()).check(plan.content()), signOff));
        }
        SignOffReport report = new SignOffCheck(profile.get()).check(plan.contentWithFinalBudget(command.finalBudgetAnnual()));
        if (!report.agreeable()) {
            return new PlanChange.NotAgreeable(report);
        }
        Transition transition = plan.agree(report, signOff);
        if (transition instanceof Transition.Refused refused) {
            return new PlanChange.Refused(refused.rule(), refused.reason(), refused.source());
        }
        SupportPlan agreed = ((Transition.Done) transition).plan();
        List<SupportPlan> history = plans.history(plan.id());
        // A revised version may not cut the budget of the version in force unless a re-assessment found less need.
        Optional<SupportPlan> inForce = history.stream().filter(v -> v.version() < agreed.version() && isInForce(v.status()))
                .reduce((first, second) -> second);
        if (inForce.isPresent() && inForce.get().signOff().isPresent()
                && BudgetChangePolicy.check(inForce.get().signOff().get().finalBudgetAnnual(), command.finalBudgetAnnual(),
                        command.reassessment()) instanceof BudgetChange.Refused cut) {
            return new PlanChange.Refused(cut.rule(), cut.reason(), cut.source());
        }
        // Agreeing a new version replaces the versions before it that are still in force, in the same write.
        List<SupportPlan> changed = new ArrayList<>();
        for (SupportPlan earlier : history) {
            if (earlier.version() < agreed.version() && isInForce(earlier.status())
                    && earlier.replace() instanceof Transition.Done done) {
                changed.add(done.plan());
            }
        }
        changed.add(agreed);
        return written(stored, agreed, plans.update(plan.id(), stored.revision(), changed,
                AuditEvent.change(clock.instant(), actor, AuditAction.PLAN_AGREED, plan, agreed)));
    }

    @Override
    public PlanChange activate(DatedPlanCommand command, ChangeContext context) {
        return change(command.planId(), context, AuditAction.PLAN_ACTIVATED, plan -> plan.activate(command.date()));
    }

    @Override
    public PlanChange end(DatedPlanCommand command, ChangeContext context) {
        return change(command.planId(), context, AuditAction.PLAN_ENDED, plan -> plan.end(command.date()));
    }

    @Override
    public PlanChange revise(PlanCommand command, ChangeContext context) {
        return change(command.planId(), context, AuditAction.PLAN_REVISED, plan -> plan.revise(clock.instant()));
    }

    @Override
    public CheckOutcome check(PlanCommand command, Actor reader) {
        Optional<StoredPlan> stored = plans.findById(command.planId());
        if (stored.isEmpty()) {
            return new CheckOutcome.PlanNotFound(command.planId());
        }
        SupportPlan plan = stored.get().plan();
        trail.append(AuditEvent.read(clock.instant(), reader, plan));
        return CouncilService.check(profiles, plan.council(), plan.content());
    }

    private PlanChange change(PlanId id, ChangeContext context, AuditAction action, Function<SupportPlan, Transition> step) {
        return read(id, context).map(stored -> write(stored, context.actor(), action, step.apply(stored.plan())))
                .orElseGet(() -> missingOrStale(id, context));
    }

    /** The plan, if it exists and is at the revision the caller stated (when one was stated). */
    private Optional<StoredPlan> read(PlanId id, ChangeContext context) {
        return plans.findById(id).filter(stored -> context.expected().required().map(stored.revision()::equals).orElse(true));
    }

    private PlanChange missingOrStale(PlanId id, ChangeContext context) {
        return plans.findById(id).<PlanChange>map(stored -> new PlanChange.Stale(id, stored.revision()))
                .orElseGet(() -> new PlanChange.NotFound(id));
    }

    private PlanChange write(StoredPlan stored, Actor actor, AuditAction action, Transition transition) {
        if (transition instanceof Transition.Refused refused) {
            return new PlanChange.Refused(refused.rule(), refused.reason(), refused.source());
        }
        SupportPlan changed = ((Transition.Done) transition).plan();
        return written(stored, changed, plans.update(stored.plan().id(), stored.revision(), List.of(changed),
                AuditEvent.change(clock.instant(), actor, action, stored.plan(), changed)));
    }

    private static PlanChange written(StoredPlan stored, SupportPlan changed, PlanRepository.Update update) {
        if (update instanceof PlanRepository.Update.Written written) {
            return new PlanChange.Changed(changed, written.revision());
        }
        if (update instanceof PlanRepository.Update.Stale stale) {
            return new PlanChange.Stale(stored.plan().id(), stale.current());
        }
        return new PlanChange.NotFound(stored.plan().id());
    }

    private PlanChange unknownCouncil(CouncilId council) {
        return new PlanChange.Refused(RuleId.of("profile.unknown-council"),
                "no profile is installed for the council " + council + "; installed: " + knownCouncils(), PROFILES);
    }

    private List<CouncilId> knownCouncils() {
        return profiles.all().stream().map(CouncilProfile::id).toList();
    }

    private static boolean isInForce(PlanStatus status) {
        return status == PlanStatus.AGREED || status == PlanStatus.ACTIVE || status == PlanStatus.UNDER_REVIEW;
    }
}
