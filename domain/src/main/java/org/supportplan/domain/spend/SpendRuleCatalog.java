package org.supportplan.domain.spend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * Every spend rule a profile can switch on: the built-ins and those offered by installed
 * {@link SpendRuleProvider} plug-ins. Each rule id means exactly one rule: a plug-in may not reuse the id of
 * a built-in rule or of another plug-in's rule, since the catalog would then quietly pick one of them.
 */
public final class SpendRuleCatalog {

    private static final String SOURCE = "supportplan council profiles";

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

    /**
     * The built-in rules and every plug-in found by {@code loader}. Refused ({@code spend-rule.invalid}) when a
     * plug-in offers no list, or a rule without an id or a source, and ({@code spend-rule.duplicate-id}) when a
     * plug-in rule reuses the id of a built-in rule or of another plug-in rule; each refusal names the plug-in's
     * class. A provider that cannot be loaded at all surfaces as {@link ServiceLoader}'s
     * {@link java.util.ServiceConfigurationError}.
     */
    public static SpendRuleCatalog withPlugIns(ClassLoader loader) {
        List<Offered> offered = new ArrayList<>();
        for (SpendRuleProvider provider : ServiceLoader.load(SpendRuleProvider.class, loader)) {
            String offerer = "the spend-rule plug-in " + provider.getClass().getName();
            List<SpendRule> rules = provider.rules();
            if (rules == null) {
                throw new InvalidValueException("plugIns", "spend-rule.invalid", SOURCE, offerer + " returned no list of rules");
            }
            rules.forEach(rule -> offered.add(new Offered(rule, offerer, "plugIns")));
        }
        return of(offered);
    }

    /**
     * The built-ins plus the given rules (for embedding systems and tests). Refused as {@link #withPlugIns} refuses;
     * the field names the rule's index in {@code extra}, such as {@code rules[1]}.
     */
    public static SpendRuleCatalog withRules(List<SpendRule> extra) {
        List<Offered> offered = new ArrayList<>();
        for (int i = 0; i < extra.size(); i++) {
            offered.add(new Offered(extra.get(i), "rules[" + i + "]", "rules[" + i + "]"));
        }
        return of(offered);
    }

    private record Offered(SpendRule rule, String offerer, String field) {
    }

    private static SpendRuleCatalog of(List<Offered> offered) {
        Map<RuleId, Function<RuleSource, SpendRule>> builtIns = BuiltInSpendRules.factories();
        Map<RuleId, SpendRule> found = new LinkedHashMap<>();
        Map<RuleId, String> offeredBy = new LinkedHashMap<>();
        for (Offered o : offered) {
            SpendRule rule = o.rule();
            if (rule == null || rule.id() == null || rule.source() == null) {
                throw new InvalidValueException(o.field(), "spend-rule.invalid", SOURCE,
                        "a rule offered by " + o.offerer() + " has no id or no source; every rule must name both");
            }
            RuleId id = rule.id();
            // A plug-in must never quietly stand in for a statutory rule, nor one plug-in for another by classpath order.
            if (builtIns.containsKey(id)) {
                throw new InvalidValueException(o.field(), "spend-rule.duplicate-id", SOURCE, "the spend rule id " + id + ", offered by "
                        + o.offerer() + ", is the id of a built-in rule; every rule needs its own id");
            }
            String earlier = offeredBy.putIfAbsent(id, o.offerer());
            if (earlier != null) {
                throw new InvalidValueException(o.field(), "spend-rule.duplicate-id", SOURCE, "the spend rule id " + id
                        + " is offered by both " + earlier + " and " + o.offerer() + "; every rule needs its own id");
            }
            found.put(id, rule);
        }
        return new SpendRuleCatalog(builtIns, Map.copyOf(found));
    }

    /**
     * The rule with {@code id}, as a profile switches it on. A built-in rule cites {@code source} (the profile's
     * wording) and must be given one; a plug-in rule cites its own source, so giving it one is refused rather than
     * silently ignored. Fields in a refusal are relative to the choice: {@code id} or {@code source}.
     */
    public SpendRule resolve(RuleId id, Optional<RuleSource> source) {
        SpendRule plugIn = plugIns.get(id);
        if (plugIn != null) {
            if (source.isPresent()) {
                throw new InvalidValueException("source", "profile.plug-in-source", SOURCE, "the rule " + id
                        + " comes from an installed plug-in, which cites its own source (" + plugIn.source() + "); leave source out");
            }
            return plugIn;
        }
        Function<RuleSource, SpendRule> factory = builtIns.get(id);
        if (factory == null) {
            throw new InvalidValueException("id", "profile.unknown-rule", SOURCE, "no spend rule '" + id
                    + "' is built in or installed as a plug-in; known rules: "
                    + ids().stream().map(RuleId::value).collect(Collectors.joining(", ")));
        }
        return factory.apply(source.orElseThrow(() -> new InvalidValueException("source", "profile.source-required", SOURCE,
                "the built-in rule " + id + " must cite where the council's rule comes from (its page, its policy or the law)")));
    }

    /** True when a profile may switch on {@code id}: it is a built-in or an installed plug-in rule. */
    public boolean knows(RuleId id) {
        return builtIns.containsKey(id) || plugIns.containsKey(id);
    }

    /** Every known rule id, sorted. */
    public Set<RuleId> ids() {
        Set<RuleId> ids = new TreeSet<>(builtIns.keySet());
        ids.addAll(plugIns.keySet());
        return ids;
    }
}
