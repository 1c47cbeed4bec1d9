package org.supportplan.domain.account;

import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;

/**
 * The audit's own rules. Prohibited spend and payments to a person the rules forbid are found by the
 * council's spend rules themselves and cite those; the unspent-balance threshold cites the council
 * profile's setting.
 */
public final class AuditRules {

    /** Money out that matches nothing the plan pays for by direct payment. */
    public static final RuleId UNPLANNED_SPEND = RuleId.of("audit.unplanned-spend");
    /** Money out on a part of the plan beyond what the plan costs for the cycle. */
    public static final RuleId SPEND_ABOVE_PLAN = RuleId.of("audit.spend-above-plan");
    /** A balance above the council's threshold at the end of a cycle. */
    public static final RuleId UNSPENT_BALANCE = RuleId.of("audit.unspent-balance");

    /** Bury's Finance Team checks the account against the plan; Care Act s.25(2) says what a direct payment is for. */
    public static final RuleSource MATCHES_PLAN = RuleSource.of(RuleSource.Kind.COUNCIL_PAGE,
            "Bury Council, Planning Your Support: the Finance Team will 'check in detail what your budget has been spent on "
                    + "and if this matches your support plan'; Care Act 2014 s.25(2): the plan states the needs a direct "
                    + "payment meets and the amount and frequency of the payments");

    private AuditRules() {
    }
}
