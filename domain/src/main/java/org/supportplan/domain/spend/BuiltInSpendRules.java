package org.supportplan.domain.spend;

import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.supportplan.domain.plan.SpendCategory;

/**
 * The spend rules every council can switch on by id in its profile. Each is built with the source
 * the profile cites (the council's own page, or the law), so a refusal names the council's wording.
 */
public final class BuiltInSpendRules {

    /** Anything against the law. */
    public static final RuleId ILLEGAL = RuleId.of("spend.illegal");
    /** Gambling. */
    public static final RuleId GAMBLING = RuleId.of("spend.gambling");
    /** Everyday living costs such as food or rent. */
    public static final RuleId EVERYDAY_LIVING = RuleId.of("spend.everyday-living-costs");
    /** Equipment or services the NHS provides. */
    public static final RuleId NHS_PROVIDED = RuleId.of("spend.nhs-provided");

    private BuiltInSpendRules() {
    }

    /** Factories for every built-in rule, by id: give each the source the profile cites. */
    public static Map<RuleId, Function<RuleSource, SpendRule>> factories() {
        Map<RuleId, Function<RuleSource, SpendRule>> rules = new LinkedHashMap<>();
        rules.put(ILLEGAL, source -> new CategoryRule(ILLEGAL, source,
                "the budget cannot be spent on anything that is against the law",
                categories("illegal"), Set.of()));
        rules.put(GAMBLING, source -> new CategoryRule(GAMBLING, source,
                "the budget cannot be spent on gambling",
                categories("gambling", "betting", "lottery"),
                // Words match whole words only, so plurals are listed too.
                Set.of("casino", "casinos", "betting", "bookmaker", "bookmakers", "lottery", "lotteries", "bingo", "poker",
                        "gambling")));
        rules.put(EVERYDAY_LIVING, source -> new CategoryRule(EVERYDAY_LIVING, source,
                "the budget cannot be spent on everyday expenses like food or rent",
                categories("food", "groceries", "rent", "mortgage", "utilities", "household-bills"), Set.of()));
        rules.put(NHS_PROVIDED, source -> new CategoryRule(NHS_PROVIDED, source,
                "the budget cannot be spent on equipment or services that the NHS can provide",
                categories("nhs-provided", "nhs-equipment", "prescriptions"), Set.of()));
        rules.put(MeetsNeedOrOutcomeRule.ID, MeetsNeedOrOutcomeRule::new);
        rules.put(FamilyPaymentRule.ID, FamilyPaymentRule::new);
        return Map.copyOf(rules);
    }

    private static Set<SpendCategory> categories(String... codes) {
        java.util.TreeSet<SpendCategory> set = new java.util.TreeSet<>();
        for (String code : codes) {
            set.add(SpendCategory.of(code));
        }
        return set;
    }
}
