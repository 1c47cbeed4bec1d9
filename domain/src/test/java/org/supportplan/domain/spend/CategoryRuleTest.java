package org.supportplan.domain.spend;

import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.validation.InvalidValueException;

/** A council's own data-defined rule: categories and whole words, validated on construction. */
class CategoryRuleTest {

    private static final RuleSource POLICY = RuleSource.of(RuleSource.Kind.COUNCIL_POLICY, "Testshire policy 7");
    private static final RuleId ID = RuleId.of("testshire.spend.alcohol");

    @Test
    void refusesByCategoryOrByWholeWordIgnoringCase() {
        CategoryRule rule = new CategoryRule(ID, POLICY, "  alcohol is not paid from the budget ", Set.of(SpendCategory.of("alcohol")),
                Set.of("Wine", "  off-licence "));

        assertThat(rule.summary()).isEqualTo("alcohol is not paid from the budget");
        assertThat(rule.words()).containsExactly("off-licence", "wine");
        assertThat(rule.assess(BuiltInSpendRulesTest.subject("alcohol", "Anything", PaymentRoute.DIRECT_PAYMENT)))
                .isInstanceOfSatisfying(Verdict.Refused.class, refused -> {
                    assertThat(refused.rule()).isEqualTo(ID);
                    assertThat(refused.source()).isEqualTo(POLICY);
                    assertThat(refused.reason()).isEqualTo("alcohol is not paid from the budget");
                });
        assertThat(rule.assess(BuiltInSpendRulesTest.subject("leisure", "WINE tasting", PaymentRoute.DIRECT_PAYMENT)))
                .isInstanceOf(Verdict.Refused.class);
        assertThat(rule.assess(BuiltInSpendRulesTest.subject("leisure", "Trip to the Off-Licence.", PaymentRoute.DIRECT_PAYMENT)))
                .isInstanceOf(Verdict.Refused.class);
        assertThat(rule.assess(BuiltInSpendRulesTest.subject("leisure", "Swine sanctuary visit; wines2go", PaymentRoute.DIRECT_PAYMENT)))
                .isEqualTo(Verdict.ALLOWED);
        // A word appearing first inside a longer word and then on its own still counts.
        assertThat(rule.assess(BuiltInSpendRulesTest.subject("leisure", "winery then wine", PaymentRoute.DIRECT_PAYMENT)))
                .isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void listsItsCategoriesAndWordsInAStableOrder() {
        Set<SpendCategory> categories = new LinkedHashSet<>(List.of(SpendCategory.of("zoo"), SpendCategory.of("alcohol"),
                SpendCategory.of("mid")));
        CategoryRule rule = new CategoryRule(ID, POLICY, "no", categories, Set.of("b", "c", "a"));
        assertThat(rule.categories()).extracting(SpendCategory::code).containsExactly("alcohol", "mid", "zoo");
        assertThat(rule.words()).containsExactly("a", "b", "c");
        assertThatThrownBy(() -> rule.categories().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> rule.words().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aRuleRefusingNothingIsRefused() {
        assertThatThrownBy(() -> new CategoryRule(ID, POLICY, "no", Set.of(), Set.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("spend-rule.empty"));
        assertThatThrownBy(() -> new CategoryRule(ID, POLICY, "no", Set.of(), Set.of(" ")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("words");
                    assertThat(e.ruleId()).isEqualTo("text.not-blank");
                });
        assertThatThrownBy(() -> new CategoryRule(ID, POLICY, " ", Set.of(SpendCategory.of("alcohol")), Set.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        Set<SpendCategory> withNull = new java.util.HashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> new CategoryRule(ID, POLICY, "no", withNull, Set.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("value.required"));
    }
}
