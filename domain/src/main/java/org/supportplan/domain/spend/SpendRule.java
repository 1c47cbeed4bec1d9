package org.supportplan.domain.spend;

import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
/**
 * A small policy that looks at one support item or transaction and allows or refuses it. Rules are
 * pure functions of the subject: no I/O, no clock, so they can run over millions of transactions.
 */
public interface SpendRule {

    /** The rule's stable id. */
    RuleId id();

    /** Where the rule comes from. */
    RuleSource source();

    /** A one-line summary for {@code council show}. */
    String summary();

    /** The verdict on {@code subject}. */
    Verdict assess(SpendSubject subject);
}
