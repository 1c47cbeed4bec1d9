package org.supportplan.domain.profile;

import java.util.List;
import java.util.Set;

import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.money.RoundingRule;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;

/**
 * A council profile as written in its data file (or in code), before inherited values are filled in.
 * {@link ProfileResolver} takes any value left null from the parent profile, as the parent has it: a value
 * a parent council set stays {@link Provenance#COUNCIL} with that council's source, and a value from the
 * national default stays {@link Provenance#NATIONAL_DEFAULT}. A national default has no parent and gives
 * every value.
 *
 * @param id the council's id
 * @param name the council's name
 * @param questions the plan questions, or null to use the parent's
 * @param spendRules built-in or plug-in rules switched on, each with the source the council cites (none for a
 *        plug-in rule, which cites its own), or null to keep every rule the parent has in force (its local rules too)
 * @param localRules the council's own category rules, defined as data, added to the rules above (or null for none)
 * @param weeksPerYear weeks per year, or null
 * @param rounding the rounding rule, or null
 * @param initialReview the initial review, or null
 * @param regularReview the regular review, or null
 * @param directPaymentFirstReview the first direct-payment review, or null
 * @param directPaymentRegularReview the regular direct-payment review, or null
 * @param unspentBalanceWeeks the unspent-balance threshold in weeks of payments, or null
 */
public record ProfileDefinition(String id, String name, List<PlanQuestion> questions, List<RuleChoice> spendRules,
                                List<LocalRule> localRules, Value<Quantity> weeksPerYear, Value<RoundingRule> rounding,
                                Value<ReviewInterval> initialReview, Value<ReviewInterval> regularReview,
                                Value<ReviewInterval> directPaymentFirstReview,
                                Value<ReviewInterval> directPaymentRegularReview,
                                Value<Quantity> unspentBalanceWeeks) {

    /**
     * A value the council's data gives, with its source.
     *
     * @param value the value
     * @param source where the council's value comes from
     * @param <T> the value's type
     */
    public record Value<T>(T value, RuleSource source) {
    }

    /**
     * A built-in or plug-in rule switched on by id.
     *
     * @param id the rule id
     * @param source the council's wording of the rule: required for a built-in rule, refused for a plug-in
     *        rule (which cites its own source), so null for a plug-in
     */
    public record RuleChoice(RuleId id, RuleSource source) {
    }

    /**
     * A council's own rule refusing spend categories or words, defined entirely as data.
     *
     * @param id the rule id (by convention prefixed with the council's id)
     * @param reason the plain-English reason shown with a refusal
     * @param categories the categories refused
     * @param words words refused in descriptions
     * @param source where the rule comes from (normally the council's policy)
     */
    public record LocalRule(RuleId id, String reason, Set<SpendCategory> categories, Set<String> words, RuleSource source) {
    }
}
