package org.supportplan.domain.spend;

import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supportplan.domain.validation.InvalidValueException;

/** Which rules a profile can switch on: the built-ins, rules given in code, and plug-ins found by ServiceLoader. */
class SpendRuleCatalogTest {

    private static final RuleSource CITED = BuiltInSpendRulesTest.CITED;

    @Test
    void anUnknownRuleIsRefusedNamingEveryKnownRule() {
        SpendRuleCatalog catalog = SpendRuleCatalog.withRules(List.of(new TakeawayRuleProvider().rules().get(0)));
        assertThatThrownBy(() -> catalog.resolve(RuleId.of("spend.alcohol"), Optional.of(CITED)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("profile.unknown-rule");
                    // Relative to the choice; the resolver places it under the choice's path in the definition.
                    assertThat(e.field()).isEqualTo("id");
                    assertThat(e.getMessage()).contains("spend.alcohol");
                    for (RuleId known : catalog.ids()) {
                        assertThat(e.getMessage()).contains(known.value());
                    }
                    assertThat(e.getMessage()).contains(TakeawayRuleProvider.ID.value());
                });
    }

    @Test
    void aBuiltInRuleSwitchedOnWithoutASourceIsRefused() {
        assertThatThrownBy(() -> SpendRuleCatalog.builtIn().resolve(BuiltInSpendRules.GAMBLING, Optional.empty()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("profile.source-required");
                    assertThat(e.field()).isEqualTo("source");
                    assertThat(e.getMessage()).contains("spend.gambling");
                });
    }

    @Test
    void aRuleGivenInCodeIsSwitchedOnByIdAndKeepsItsOwnSource() {
        SpendRule takeaways = new TakeawayRuleProvider().rules().get(0);
        SpendRuleCatalog catalog = SpendRuleCatalog.withRules(List.of(takeaways));

        assertThat(catalog.ids()).contains(TakeawayRuleProvider.ID, BuiltInSpendRules.GAMBLING);
        assertThat(catalog.resolve(TakeawayRuleProvider.ID, Optional.empty())).isSameAs(takeaways);
        assertThat(catalog.resolve(TakeawayRuleProvider.ID, Optional.empty()).source()).isEqualTo(TakeawayRuleProvider.SOURCE);
        assertThat(catalog.knows(TakeawayRuleProvider.ID)).isTrue();
        assertThat(catalog.knows(BuiltInSpendRules.GAMBLING)).isTrue();
        assertThat(catalog.knows(RuleId.of("spend.alcohol"))).isFalse();
        assertThat(SpendRuleCatalog.builtIn().ids()).doesNotContain(TakeawayRuleProvider.ID);
        assertThat(SpendRuleCatalog.builtIn().knows(TakeawayRuleProvider.ID)).isFalse();
    }

    @Test
    void aPlugInRuleGivenASourceIsRefusedRatherThanTheSourceSilentlyIgnored() {
        SpendRuleCatalog catalog = SpendRuleCatalog.withRules(new TakeawayRuleProvider().rules());
        assertThatThrownBy(() -> catalog.resolve(TakeawayRuleProvider.ID, Optional.of(CITED)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("profile.plug-in-source");
                    assertThat(e.field()).isEqualTo("source");
                    assertThat(e.getMessage()).contains(TakeawayRuleProvider.ID.value(), TakeawayRuleProvider.SOURCE.citation());
                });
    }

    @Test
    void aPlugInIsFoundThroughServiceLoaderAndJudgesSpend() {
        SpendRuleCatalog catalog = SpendRuleCatalog.withPlugIns(getClass().getClassLoader());

        SpendRule rule = catalog.resolve(TakeawayRuleProvider.ID, Optional.empty());
        assertThat(rule.source()).isEqualTo(TakeawayRuleProvider.SOURCE);
        assertThat(rule.assess(BuiltInSpendRulesTest.subject("takeaway", "Friday curry", org.supportplan.domain.plan.PaymentRoute.DIRECT_PAYMENT)))
                .isInstanceOfSatisfying(Verdict.Refused.class, refused -> {
                    assertThat(refused.rule()).isEqualTo(TakeawayRuleProvider.ID);
                    assertThat(refused.path()).isEqualTo("$.supportItems[3]");
                });
    }

    @Test
    void aClassLoaderWithoutPlugInsGivesTheBuiltInsAlone() throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThat(SpendRuleCatalog.withPlugIns(empty).ids()).isEqualTo(SpendRuleCatalog.builtIn().ids());
        }
    }

    @Test
    void aPlugInMayNotTakeTheIdOfABuiltInRuleOrOfAnotherPlugIn() {
        SpendRule impostor = new CategoryRule(FamilyPaymentRule.ID, CITED, "anything goes",
                java.util.Set.of(org.supportplan.domain.plan.SpendCategory.of("nothing")), java.util.Set.of());
        SpendRule takeaways = new TakeawayRuleProvider().rules().get(0);
        assertThatThrownBy(() -> SpendRuleCatalog.withRules(List.of(takeaways, impostor)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("spend-rule.duplicate-id");
                    assertThat(e.field()).isEqualTo("rules[1]");
                    assertThat(e.getMessage()).contains("spend.family-payment").contains("built-in");
                });
        assertThatThrownBy(() -> SpendRuleCatalog.withRules(List.of(takeaways, new TakeawayRuleProvider().rules().get(0))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("spend-rule.duplicate-id");
                    assertThat(e.getMessage()).contains(TakeawayRuleProvider.ID.value(), "rules[0]", "rules[1]");
                });
        java.util.List<SpendRule> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> SpendRuleCatalog.withRules(withNull))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("spend-rule.invalid");
                    assertThat(e.field()).isEqualTo("rules[0]");
                });
    }

    @Test
    void anInstalledPlugInTakingABuiltInIdIsRefusedNamingThePlugIn(@TempDir Path dir) throws Exception {
        try (URLClassLoader loader = servicesIn(dir, BrokenRuleProviders.FamilyPaymentImpostor.class)) {
            assertThatThrownBy(() -> SpendRuleCatalog.withPlugIns(loader))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.ruleId()).isEqualTo("spend-rule.duplicate-id");
                        assertThat(e.getMessage()).contains(BrokenRuleProviders.FamilyPaymentImpostor.class.getName(),
                                FamilyPaymentRule.ID.value(), "built-in");
                    });
        }
    }

    @Test
    void twoInstalledPlugInsOfferingTheSameIdAreRefusedNamingBoth(@TempDir Path dir) throws Exception {
        // The test class path already installs TakeawayRuleProvider; this folder adds a second rule with its id.
        try (URLClassLoader loader = servicesIn(dir, BrokenRuleProviders.SecondTakeaway.class)) {
            assertThatThrownBy(() -> SpendRuleCatalog.withPlugIns(loader))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.ruleId()).isEqualTo("spend-rule.duplicate-id");
                        assertThat(e.getMessage()).contains(TakeawayRuleProvider.ID.value(), TakeawayRuleProvider.class.getName(),
                                BrokenRuleProviders.SecondTakeaway.class.getName());
                    });
        }
    }

    @Test
    void anInstalledPlugInWithNoListOrARuleWithoutASourceIsRefusedNamingThePlugIn(@TempDir Path dir) throws Exception {
        for (Class<? extends SpendRuleProvider> broken : List.of(BrokenRuleProviders.NoList.class, BrokenRuleProviders.Unsourced.class)) {
            try (URLClassLoader loader = servicesIn(dir, broken)) {
                assertThatThrownBy(() -> SpendRuleCatalog.withPlugIns(loader))
                        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                            assertThat(e.ruleId()).isEqualTo("spend-rule.invalid");
                            assertThat(e.getMessage()).contains(broken.getName());
                        });
            }
        }
    }

    // A loader seeing a services file (written under dir) that lists provider, besides those of the test class path.
    private URLClassLoader servicesIn(Path dir, Class<? extends SpendRuleProvider> provider) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF").resolve("services"));
        Files.writeString(services.resolve(SpendRuleProvider.class.getName()), provider.getName() + "\n");
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }
}
