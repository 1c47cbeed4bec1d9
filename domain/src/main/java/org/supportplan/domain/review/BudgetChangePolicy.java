package org.supportplan.domain.review;

import java.util.Optional;

import org.supportplan.domain.money.Money;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.validation.Check;

/**
 * A budget is never cut by a review alone: a revised version agreed with a lower final budget than the
 * version in force is refused unless a completed re-assessment is recorded that shows the changed need.
 * The same or a higher budget is always allowed. Called at sign-off of a revised version.
 */
public final class BudgetChangePolicy {

    /** The rule refusing a cut without a re-assessment. */
    public static final RuleId CUT_NEEDS_REASSESSMENT = RuleId.of("review.budget-cut-needs-reassessment");
    /** Where it comes from. */
    public static final RuleSource SOURCE = RuleSource.of(RuleSource.Kind.STATUTORY_GUIDANCE,
            "Care and Support Statutory Guidance ch.13: a review must not be used to reduce a personal budget; "
                    + "a reduction needs a re-assessment showing that needs have changed");

    private BudgetChangePolicy() {
    }

    /**
     * Whether {@code newFinal} may replace {@code finalInForce} as the final annual budget, given the
     * completed re-assessment recorded for the person, if any.
     */
    public static BudgetChange check(Money finalInForce, Money newFinal, Optional<CompletedReassessment> reassessment) {
        Check.present(finalInForce, "finalInForce");
        Check.present(newFinal, "newFinal");
        Check.present(reassessment, "reassessment");
        Check.that(!finalInForce.isNegative(), "finalInForce", "money.non-negative", "a final budget cannot be negative");
        Check.that(!newFinal.isNegative(), "newFinal", "money.non-negative", "a final budget cannot be negative");
        if (!finalInForce.isGreaterThan(newFinal) || reassessment.isPresent()) {
            return BudgetChange.ALLOWED;
        }
        return new BudgetChange.Refused(CUT_NEEDS_REASSESSMENT, "the new final budget (" + newFinal
                + ") is lower than the budget in force (" + finalInForce + "); a budget is only reduced after a completed "
                + "re-assessment of needs, and none is recorded", SOURCE);
    }
}
