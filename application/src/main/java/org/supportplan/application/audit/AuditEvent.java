package org.supportplan.application.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SupportPlan;

/**
 * One thing that happened to a person's plan: who did what, when (UTC, from the injected clock), and from
 * which version and status to which. Holds references only, never narrative or names.
 *
 * @param at when it happened
 * @param actor who did it
 * @param action what they did
 * @param plan the plan
 * @param person whose plan it is
 * @param from the version before, or null when the plan did not exist yet
 * @param to the version after (for a read, the version read)
 */
public record AuditEvent(Instant at, Actor actor, AuditAction action, PlanId plan, PersonId person, VersionState from,
                         VersionState to) {

    /** Requires every member but {@code from}. */
    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(to, "to");
    }

    /** A change of {@code before} (or of nothing, when null) into {@code after}. */
    public static AuditEvent change(Instant at, Actor actor, AuditAction action, SupportPlan before, SupportPlan after) {
        return new AuditEvent(at, actor, action, after.id(), after.person(), before == null ? null : VersionState.of(before),
                VersionState.of(after));
    }

    /** A read of {@code plan}. */
    public static AuditEvent read(Instant at, Actor actor, SupportPlan plan) {
        VersionState state = VersionState.of(plan);
        return new AuditEvent(at, actor, AuditAction.PLAN_READ, plan.id(), plan.person(), state, state);
    }

    /** The version before, if there was one. */
    public Optional<VersionState> before() {
        return Optional.ofNullable(from);
    }

    /**
     * A plan version and its status at one moment.
     *
     * @param version the version number
     * @param status its status
     */
    public record VersionState(int version, PlanStatus status) {

        /** Requires a version of 1 or more and a status. */
        public VersionState {
            if (version < 1) {
                throw new IllegalArgumentException("a plan version is 1 or more");
            }
            Objects.requireNonNull(status, "status");
        }

        /** The state of {@code plan}. */
        public static VersionState of(SupportPlan plan) {
            return new VersionState(plan.version(), plan.status());
        }

        @Override
        public String toString() {
            return "v" + version + " " + status;
        }
    }
}
