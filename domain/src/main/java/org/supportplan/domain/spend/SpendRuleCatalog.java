package org.supportplan.domain.spend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.supportplan.domain.validation.InvalidValueException;

/**
 * Every spend rule a profile can switch on: the built-ins and those offered by installed
 * {@link SpendRuleProvider} plug-ins.
 */
public final class SpendRuleCatalog {

    private final Map<RuleId, Function<RuleSource, SpendRule>> builtIns;
    private final Map<RuleId, SpendRule> plugIns;

    private SpendRuleCatalog(Map<RuleId, Function<RuleSource, SpendRule>> builtIns, Map<RuleId, SpendRule> plugIns) {
        this.builtIns = builtIns;
        this.plugIns = plugIns;
    }

    /** The built-in rules only. */
    public static SpendRuleCatalog builtIn() {
        return new SpendRuleCatalog(BuiltInSpendRules.factories(), Map.of());
    }

    /** The built-in rules and every plug-in found by {@code loader}. */
    public static SpendRuleCatalog withPlugIns(ClassLoader loader) {
        Map<RuleId, SpendRule> found = new LinkedHashMap<>();
        for (SpendRuleProvider provider : ServiceLoader.load(SpendRuleProvider.class, loader)) {
            for (SpendRule rule : provider.rules()) {
                found.put(rule.id(), rule);
            }
        }
        return new SpendRuleCatalog(BuiltInSpendRules.factories(), Map.copyOf(found));
    }

    /** The built-ins plus the given rules (for embedding systems and tests). */
    public static SpendRuleCatalog withRules(List<SpendRule> extra) {
        Map<RuleId, SpendRule> found = new LinkedHashMap<>();
        extra.forEach(rule -> found.put(rule.id(), rule));
        return new SpendRuleCatalog(BuiltInSpendRules.factories(), Map.copyOf(found));
    }

    /**
     * The rule with {@code id}. A built-in rule cites {@code source} when given (the profile's wording)
     * and must be given one; a plug-in rule keeps its own source.
     */
    public SpendRule resolve(RuleId id, Optional<RuleSource> source) {
        SpendRule plugIn = plugIns.get(id);
        if (plugIn != null) {
            return plugIn;
        }
        Function<RuleSource, SpendRule> factory = builtIns.get(id);
        if (factory == null) {
            throw new InvalidValueException("spendRules", "profile.unknown-rule", "supportplan council profiles",
                    "no spend rule '" + id + "' is built in or installed; known rules: "
                            + ids().stream().map(RuleId::value).collect(java.util.stream.Collectors.joining(", ")));
        }
        return factory.apply(source.orElseThrow(() -> new InvalidValueException(
                "spendRules", "profile.rule-source-required", "supportplan council profiles",
                "the built-in rule " + id + " must say where the council's rule comes from")));
    }

    /** Every known rule id. */
    public Set<RuleId> ids() {
        Set<RuleId> ids = new TreeSet<>(builtIns.keySet());
        ids.addAll(plugIns.keySet());
        return ids;
    }
}
