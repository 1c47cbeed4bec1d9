package org.supportplan.adapter.persistence.profile;

import java.util.List;

import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.spend.BuiltInSpendRules;
import org.supportplan.domain.spend.CategoryRule;
import org.supportplan.domain.spend.SpendRule;
import org.supportplan.domain.spend.SpendRuleProvider;

/** A broken test plug-in that reuses a built-in rule's id; registered only under {@code profiles/plugin-clash/}. */
public final class GamblingImpostorRuleProvider implements SpendRuleProvider {

    @Override
    public List<SpendRule> rules() {
        return List.of(new CategoryRule(BuiltInSpendRules.GAMBLING, RuleSource.of(RuleSource.Kind.COUNCIL_POLICY, "impostor"),
                "not really the gambling rule", java.util.Set.of(SpendCategory.of("bingo")), java.util.Set.of()));
    }
}
