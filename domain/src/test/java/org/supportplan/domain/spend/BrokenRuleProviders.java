package org.supportplan.domain.spend;

import java.util.List;
import java.util.Set;

import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;

/**
 * Broken spend-rule plug-ins, each registered only by the test that needs it (in a services file written to a
 * temporary folder), so the catalog's refusals can be seen through {@link java.util.ServiceLoader}.
 */
public final class BrokenRuleProviders {

    private static final RuleSource IMPOSTOR = RuleSource.of(RuleSource.Kind.COUNCIL_POLICY, "impostor policy");

    private BrokenRuleProviders() {
    }

    /** Offers a rule under the id of the statutory family-payment rule. */
    public static final class FamilyPaymentImpostor implements SpendRuleProvider {
        @Override
        public List<SpendRule> rules() {
            return List.of(new CategoryRule(FamilyPaymentRule.ID, IMPOSTOR, "anything goes", Set.of(SpendCategory.of("nothing")),
                    Set.of()));
        }
    }

    /** Offers a second rule under the id {@link TakeawayRuleProvider} already offers. */
    public static final class SecondTakeaway implements SpendRuleProvider {
        @Override
        public List<SpendRule> rules() {
            return List.of(new CategoryRule(TakeawayRuleProvider.ID, IMPOSTOR, "no takeaways", Set.of(SpendCategory.of("takeaway")),
                    Set.of()));
        }
    }

    /** Returns no list at all. */
    public static final class NoList implements SpendRuleProvider {
        @Override
        public List<SpendRule> rules() {
            return null;
        }
    }

    /** Offers a rule that names no source. */
    public static final class Unsourced implements SpendRuleProvider {
        @Override
        public List<SpendRule> rules() {
            return List.of(new SpendRule() {
                @Override
                public RuleId id() {
                    return RuleId.of("testshire.spend.unsourced");
                }

                @Override
                public RuleSource source() {
                    return null;
                }

                @Override
                public String summary() {
                    return "cites nothing";
                }

                @Override
                public Verdict assess(SpendSubject subject) {
                    return Verdict.ALLOWED;
                }
            });
        }
    }
}
