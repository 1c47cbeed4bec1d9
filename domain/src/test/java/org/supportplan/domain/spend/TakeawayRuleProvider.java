package org.supportplan.domain.spend;

import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import java.util.List;

import org.supportplan.domain.plan.SpendCategory;

/**
 * A spend-rule plug-in as a council would ship it, found by {@link java.util.ServiceLoader} through
 * {@code META-INF/services} in the domain's test resources: refuses takeaway meals, citing local policy.
 */
public final class TakeawayRuleProvider implements SpendRuleProvider {

    /** The plug-in rule's id. */
    public static final RuleId ID = RuleId.of("testshire.spend.takeaways");

    /** Where the plug-in rule comes from. */
    public static final RuleSource SOURCE = RuleSource.of(RuleSource.Kind.COUNCIL_POLICY, "Testshire direct payment policy 4.2");

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
                return "takeaway meals are not paid from the budget";
            }

            @Override
            public Verdict assess(SpendSubject subject) {
                return subject.category().equals(SpendCategory.of("takeaway"))
                        ? new Verdict.Refused(ID, "takeaway meals are not paid from the budget", SOURCE, subject.path())
                        : Verdict.ALLOWED;
            }
        });
    }
}
