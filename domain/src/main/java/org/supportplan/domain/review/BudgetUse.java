package org.supportplan.domain.review;

import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.NeedId;
import org.supportplan.domain.plan.OutcomeId;
import org.supportplan.domain.validation.Check;

/**
 * How the personal budget was used for one need or one outcome of the plan, as shown at a review
 * (Bury: "you will need to show how you have used your budget to meet your care needs and outcomes").
 */
public sealed interface BudgetUse permits BudgetUse.ForNeed, BudgetUse.ForOutcome {

    /** How the budget was used, in the person's or care manager's words. */
    Narrative howUsed();

    /** The need's or outcome's id as written in the plan, prefixed so a need and an outcome never clash. */
    String key();

    /** How the budget was used to meet {@code need}. */
    static BudgetUse forNeed(NeedId need, Narrative howUsed) {
        return new ForNeed(need, howUsed);
    }

    /** How the budget was used towards {@code outcome}. */
    static BudgetUse forOutcome(OutcomeId outcome, Narrative howUsed) {
        return new ForOutcome(outcome, howUsed);
    }

    /**
     * Budget use against a need.
     *
     * @param need the need in the plan
     * @param howUsed how the budget met it
     */
    record ForNeed(NeedId need, Narrative howUsed) implements BudgetUse {

        /** Validates presence. */
        public ForNeed {
            Check.present(need, "need");
            Check.present(howUsed, "howUsed");
        }

        @Override
        public String key() {
            return "need:" + need.value();
        }
    }

    /**
     * Budget use against an outcome.
     *
     * @param outcome the outcome in the plan
     * @param howUsed how the budget worked towards it
     */
    record ForOutcome(OutcomeId outcome, Narrative howUsed) implements BudgetUse {

        /** Validates presence. */
        public ForOutcome {
            Check.present(outcome, "outcome");
            Check.present(howUsed, "howUsed");
        }

        @Override
        public String key() {
            return "outcome:" + outcome.value();
        }
    }
}
