package org.supportplan.domain.review;

import org.supportplan.domain.rule.RuleId;

/** Which review falls due, each with the rule id shown beside its date. */
public enum ReviewKind {
    /** The first review of the plan. */
    INITIAL("review.initial"),
    /** A regular review of the plan after an earlier one. */
    REGULAR("review.regular"),
    /** The first review of a direct payment after the first payment. */
    DIRECT_PAYMENT_FIRST("review.direct-payment-first"),
    /** A regular review of a direct payment after an earlier one. */
    DIRECT_PAYMENT_REGULAR("review.direct-payment-regular"),
    /** A review the person, or someone for them, asked for. */
    ON_REQUEST("review.on-request");

    private final RuleId rule;

    ReviewKind(String rule) {
        this.rule = RuleId.of(rule);
    }

    /** The rule that sets this kind of review's date. */
    public RuleId rule() {
        return rule;
    }
}
