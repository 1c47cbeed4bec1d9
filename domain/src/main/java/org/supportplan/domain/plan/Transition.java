package org.supportplan.domain.plan;

import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;

/** The outcome of asking a plan to change state: done, with the changed plan, or refused with the rule and reason. */
public sealed interface Transition permits Transition.Done, Transition.Refused {

    /**
     * The change was made.
     *
     * @param plan the plan after the change
     */
    record Done(SupportPlan plan) implements Transition {
    }

    /**
     * The change is not allowed.
     *
     * @param rule the rule that refused it
     * @param reason why, in plain English
     * @param source where the rule comes from
     */
    record Refused(RuleId rule, String reason, RuleSource source) implements Transition {
    }
}
