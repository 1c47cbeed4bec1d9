package org.supportplan.domain.spend;

import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.validation.Check;

/**
 * Refuses budget spend that meets none of the person's needs and none of their outcomes. Top-ups
 * are the person's own money and are not judged by this rule.
 */
public final class MeetsNeedOrOutcomeRule implements SpendRule {

    /** The rule's id. */
    public static final RuleId ID = RuleId.of("spend.meets-no-need-or-outcome");

    private final RuleSource source;

    /** The rule, citing {@code source}. */
    public MeetsNeedOrOutcomeRule(RuleSource source) {
        this.source = Check.present(source, "source");
    }

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public RuleSource source() {
        return source;
    }

    @Override
    public String summary() {
        return "the budget may only buy what meets one of the person's needs or outcomes";
    }

    @Override
    public Verdict assess(SpendSubject subject) {
        if (subject.route() != PaymentRoute.TOP_UP && subject.needs().isEmpty() && subject.outcomes().isEmpty()) {
            return new Verdict.Refused(ID, "it meets none of the person's needs or outcomes, so the budget cannot pay for it",
                    source, subject.path());
        }
        return Verdict.ALLOWED;
    }
}
