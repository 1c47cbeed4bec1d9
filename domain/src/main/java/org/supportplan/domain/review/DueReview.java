package org.supportplan.domain.review;

import java.time.LocalDate;

import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.validation.Check;

/**
 * A review that is due for one plan: which kind, the last day it may be held, the date it was counted
 * from, and what set it (with its rule id, source and whether it is the council's own or the national
 * default).
 *
 * @param plan the plan
 * @param council the council whose profile governs the plan
 * @param kind which review
 * @param dueOn the last day the review may be held (inclusive)
 * @param countedFrom the date the due date was counted from (the day requested, for a request)
 * @param setBy what set the date
 */
public record DueReview(PlanId plan, CouncilId council, ReviewKind kind, LocalDate dueOn, LocalDate countedFrom, SetBy setBy) {

    /** Validates; a review is never due before the date it is counted from. */
    public DueReview {
        Check.present(plan, "plan");
        Check.present(council, "council");
        Check.present(kind, "kind");
        Check.present(dueOn, "dueOn");
        Check.present(countedFrom, "countedFrom");
        Check.present(setBy, "setBy");
        Check.that(!dueOn.isBefore(countedFrom), "dueOn", "review.due-after-anchor",
                "a review cannot be due (" + dueOn + ") before the date it is counted from (" + countedFrom + ")");
    }

    /** True when {@code today} is after the last day the review could be held. */
    public boolean overdueOn(LocalDate today) {
        return Check.present(today, "today").isAfter(dueOn);
    }

    /** The rule that set the date. */
    public RuleId rule() {
        return kind.rule();
    }

    /** Where that rule comes from. */
    public RuleSource source() {
        return setBy.source();
    }
}
