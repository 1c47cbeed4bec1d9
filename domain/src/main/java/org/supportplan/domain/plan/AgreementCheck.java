package org.supportplan.domain.plan;

/**
 * What signing off needs to know of the council's sign-off check: which content it checked and how
 * many problems it found. The check itself (a {@code SignOffReport}) lives above the plan and
 * implements this, so the plan does not depend on how councils check plans.
 */
public interface AgreementCheck {

    /** The plan content the check was run on. */
    PlanContent checked();

    /** How many reasons the check found why the plan cannot be agreed. */
    int problemCount();

    /** True when the check found nothing. */
    default boolean agreeable() {
        return problemCount() == 0;
    }
}
