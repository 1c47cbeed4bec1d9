package org.supportplan.domain.spend;

import org.supportplan.domain.plan.PaidPerson;
import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.plan.Relationship;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.validation.Check;

/**
 * Direct Payments Regulations 2014, reg 3: a direct payment may not pay the person's spouse, civil
 * partner or partner, or a close relative living in the same household, unless the council has
 * decided it is necessary and recorded that decision.
 */
public final class FamilyPaymentRule implements SpendRule {

    /** The rule's id. */
    public static final RuleId ID = RuleId.of("spend.family-payment");

    /** The regulation. */
    public static final RuleSource REGULATION =
            RuleSource.of(RuleSource.Kind.REGULATION, "Care and Support (Direct Payments) Regulations 2014, reg 3");

    private final RuleSource source;

    /** The rule, citing {@code source} (normally {@link #REGULATION}). */
    public FamilyPaymentRule(RuleSource source) {
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
        return "a direct payment may not pay a spouse or partner, or a close relative in the same household, without a recorded council decision";
    }

    @Override
    public Verdict assess(SpendSubject subject) {
        if (subject.route() != PaymentRoute.DIRECT_PAYMENT || subject.payee().isEmpty()) {
            return Verdict.ALLOWED;
        }
        PaidPerson payee = subject.payee().get();
        if (payee.exception().isPresent()) {
            return Verdict.ALLOWED;
        }
        if (payee.relationship() == Relationship.SPOUSE_OR_PARTNER) {
            return new Verdict.Refused(ID, "a direct payment may not pay the person's spouse or partner unless the council "
                    + "records a decision that it is necessary", source, subject.path());
        }
        if (payee.relationship() == Relationship.CLOSE_RELATIVE && payee.livesInSameHousehold()) {
            return new Verdict.Refused(ID, "a direct payment may not pay a close relative living in the same household unless "
                    + "the council records a decision that it is necessary", source, subject.path());
        }
        return Verdict.ALLOWED;
    }
}
