package org.supportplan.application.port.in;

import org.supportplan.application.audit.Actor;
import org.supportplan.application.port.ChangeContext;

/**
 * Use cases that move a plan through its lifecycle: edit a draft, submit, return with reasons, sign
 * off with the final budget, activate, end and revise (each returns a {@link PlanChange}), and the
 * check a care manager runs before sign-off. Every change states who asks and which revision it is
 * based on ({@link ChangeContext}); a stale one is refused and nothing is written.
 */
public interface PlanLifecycleUseCase {

    /** Replaces the content of a draft or returned plan. */
    PlanChange edit(EditPlanCommand command, ChangeContext context);

    /** Submits a draft for sign-off. */
    PlanChange submit(PlanCommand command, ChangeContext context);

    /** Returns a submitted plan with the council's reasons. */
    PlanChange returnPlan(ReturnPlanCommand command, ChangeContext context);

    /** Checks a submitted plan and, when it can be agreed, signs it off and sets the final budget. */
    PlanChange signOff(SignOffCommand command, ChangeContext context);

    /** Records that support started. */
    PlanChange activate(DatedPlanCommand command, ChangeContext context);

    /** Records that support ended. */
    PlanChange end(DatedPlanCommand command, ChangeContext context);

    /** Starts a new draft version of an agreed plan. */
    PlanChange revise(PlanCommand command, ChangeContext context);

    /** Runs the sign-off check on the plan's latest version under its council's profile, changing nothing. */
    CheckOutcome check(PlanCommand command, Actor reader);
}
