package org.supportplan.application.port.in;

import org.supportplan.application.port.Revision;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.signoff.SignOffReport;

/** The outcome of a lifecycle use case: the changed plan, or why nothing changed (nothing is written then). */
public sealed interface PlanChange
        permits PlanChange.Changed, PlanChange.Refused, PlanChange.NotFound, PlanChange.NotAgreeable, PlanChange.Stale {

    /**
     * The plan changed and was stored.
     *
     * @param plan the plan version as stored
     * @param revision the plan's revision after the change
     */
    record Changed(SupportPlan plan, Revision revision) implements PlanChange {
    }

    /**
     * Nothing was written: the plan changed since the revision this change was based on. Read it again,
     * and decide again.
     *
     * @param id the plan
     * @param current the plan's current revision
     */
    record Stale(PlanId id, Revision current) implements PlanChange {
    }

    /**
     * A rule refused the change; nothing was stored.
     *
     * @param rule the rule
     * @param reason why
     * @param source where the rule comes from
     */
    record Refused(RuleId rule, String reason, RuleSource source) implements PlanChange {
    }

    /**
     * There is no such plan.
     *
     * @param id the id asked for
     */
    record NotFound(PlanId id) implements PlanChange {
    }

    /**
     * Sign-off was refused because the check found problems; nothing was stored.
     *
     * @param report every finding, with the budget breakdown
     */
    record NotAgreeable(SignOffReport report) implements PlanChange {
    }
}
