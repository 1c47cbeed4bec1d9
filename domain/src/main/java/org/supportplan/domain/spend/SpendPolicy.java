package org.supportplan.domain.spend;

import java.util.ArrayList;
import java.util.List;

/** The spend rules in force for one council: applies all of them and returns every refusal. */
public final class SpendPolicy {

    private final List<SpendRule> rules;

    /** A policy of {@code rules}, applied in order. */
    public SpendPolicy(List<SpendRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules in force. */
    public List<SpendRule> rules() {
        return rules;
    }

    /** Every refusal of {@code subject} (empty when all rules allow it). */
    public List<Verdict.Refused> assess(SpendSubject subject) {
        List<Verdict.Refused> refusals = new ArrayList<>(1);
        for (SpendRule rule : rules) {
            if (rule.assess(subject) instanceof Verdict.Refused refused) {
                refusals.add(refused);
            }
        }
        return refusals;
    }
}
