package org.supportplan.adapter.persistence.profile;

import java.util.List;

import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.spend.SpendRule;
import org.supportplan.domain.spend.SpendRuleProvider;
import org.supportplan.domain.spend.SpendSubject;
import org.supportplan.domain.spend.Verdict;

/**
 * A test plug-in with a rule that needs code (it looks at the payment route as well as the category):
 * holidays may not be paid by direct payment. Registered only under {@code profiles/plugin/}, so only
 * tests that load plug-ins from there see it.
 */
public final class HolidayDirectPaymentRuleProvider implements SpendRuleProvider {

    /** The plug-in rule's id. */
    public static final RuleId ID = RuleId.of("testshire.spend.holiday-by-direct-payment");
    /** The plug-in rule's own source. */
    public static final RuleSource SOURCE =
            RuleSource.of(RuleSource.Kind.COUNCIL_POLICY, "Testshire Council direct payments policy, para 12");

    @Override
    public List<SpendRule> rules() {
        return List.of(new SpendRule() {
            @Override
            public RuleId id() {
                return ID;
            }

            @Override
            public RuleSource source() {
                return SOURCE;
            }

            @Override
            public String summary() {
                return "holidays may not be paid for by direct payment";
            }

            @Override
            public Verdict assess(SpendSubject subject) {
                return subject.route() == PaymentRoute.DIRECT_PAYMENT && subject.category().code().equals("holiday")
                        ? new Verdict.Refused(ID, "a holiday cannot be paid for by direct payment", SOURCE, subject.path())
                        : Verdict.ALLOWED;
            }
        });
    }
}
