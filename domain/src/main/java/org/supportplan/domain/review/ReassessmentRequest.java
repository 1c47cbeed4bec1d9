package org.supportplan.domain.review;

import java.time.LocalDate;

import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.validation.Check;

/**
 * A request, raised by a review that found a significant change, to re-assess the person's needs. The
 * re-assessment may move the budget up or down; a budget is only reduced once it is completed (see
 * {@link BudgetChangePolicy}).
 *
 * @param plan the plan whose person is to be re-assessed
 * @param raisedBy the review that raised it
 * @param raisedOn the day it was raised
 * @param why what has changed
 */
public record ReassessmentRequest(PlanId plan, ReviewId raisedBy, LocalDate raisedOn, Narrative why) {

    /** Where a significant change leading to a re-assessment comes from. */
    public static final RuleSource SOURCE = RuleSource.of(RuleSource.Kind.COUNCIL_PAGE,
            "Derbyshire County Council, Support plans, and Bury Council, Planning Your Support: a significant change since "
                    + "the personal budget was set may mean re-assessing needs, and the budget may go up or down");

    /** Validates presence. */
    public ReassessmentRequest {
        Check.present(plan, "plan");
        Check.present(raisedBy, "raisedBy");
        Check.present(raisedOn, "raisedOn");
        Check.present(why, "why");
    }

    @Override
    public String toString() {
        return "ReassessmentRequest[" + plan + ", raised " + raisedOn + " by review " + raisedBy + "]";
    }
}
