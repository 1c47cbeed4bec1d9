package org.supportplan.domain.review;

import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.validation.Check;

/** Whether a new final budget may replace the one in force: allowed, or refused with the rule, reason and source. */
public sealed interface BudgetChange permits BudgetChange.Allowed, BudgetChange.Refused {

    /** The shared "allowed" result. */
    Allowed ALLOWED = new Allowed();

    /** The new budget may be agreed. */
    record Allowed() implements BudgetChange {
    }

    /**
     * The new budget may not be agreed.
     *
     * @param rule the rule that refused it
     * @param reason why, in plain English
     * @param source where the rule comes from
     */
    record Refused(RuleId rule, String reason, RuleSource source) implements BudgetChange {

        /** Validates. */
        public Refused {
            Check.present(rule, "rule");
            reason = Check.text(reason, "reason", 1000);
            Check.present(source, "source");
        }
    }
}
