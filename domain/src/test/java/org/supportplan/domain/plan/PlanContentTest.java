package org.supportplan.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.testdata.PlanFixtures;
import org.supportplan.domain.testdata.PlanGenerators;
import org.supportplan.domain.validation.InvalidValueException;

/** Plan content holds together: ids are unique, every link points at something in the plan, and nothing can be changed behind it. */
class PlanContentTest {

    private static final NeedId MISSING = NeedId.of("n9");

    @Test
    void anIdUsedTwiceIsRefusedNamingTheSecond() {
        Need hygiene = PlanFixtures.completeContent().needs().get(0);
        assertRefused(() -> PlanFixtures.completeContent().toBuilder().need(hygiene).build(), "needs[3].id", "plan.unique-id", "n1");
        Outcome o1 = PlanFixtures.completeContent().outcomes().get(0);
        assertRefused(() -> PlanFixtures.completeContent().toBuilder().outcome(o1).build(), "outcomes[2].id", "plan.unique-id", "o1");
        assertRefused(() -> PlanFixtures.completeContent().toBuilder().supportItem(PlanFixtures.dayCentre()).build(),
                "supportItems[2].id", "plan.unique-id", "i2");
    }

    @Test
    void everyLinkMustPointAtSomethingInThePlan() {
        PlanContent.Builder base = PlanFixtures.completeContent().toBuilder();
        assertRefused(() -> PlanFixtures.completeContent().toBuilder()
                .outcome(new Outcome(OutcomeId.of("o3"), Narrative.of("x"), OutcomeKind.ACHIEVE, Set.of(MISSING))).build(),
                "outcomes[2].needs", "plan.link-exists", "n9");
        assertRefused(() -> base.supportItem(new SupportItem(ItemId.of("i3"), "x", "y", PaymentRoute.COUNCIL_MANAGED,
                org.supportplan.domain.money.Quantity.of(1), SupportUnit.PER_WEEK, Money.ZERO, SpendCategory.of("home-care"),
                Set.of(MISSING), Set.of(), null)).build(), "supportItems[2].needs", "plan.link-exists", "n9");
        assertRefused(() -> PlanFixtures.completeContent().toBuilder().supportItem(new SupportItem(ItemId.of("i3"), "x", "y",
                PaymentRoute.COUNCIL_MANAGED, org.supportplan.domain.money.Quantity.of(1), SupportUnit.PER_WEEK, Money.ZERO,
                SpendCategory.of("home-care"), Set.of(), Set.of(OutcomeId.of("o9")), null)).build(),
                "supportItems[2].outcomes", "plan.link-exists", "outcome o9");
        assertRefused(() -> PlanFixtures.completeContent().toBuilder().unpaidSupport(new UnpaidSupport(SupportSource.FRIEND, "a neighbour",
                Narrative.of("Shopping"), Set.of(MISSING))).build(), "circleOfSupport[1].needs", "plan.link-exists", "n9");
        assertRefused(() -> PlanFixtures.completeContent().toBuilder().deployment(new Deployment(DeploymentOption.DIRECT_PAYMENT,
                Money.ZERO, PaymentFrequency.WEEKLY, Set.of(MISSING))).build(), "deployments[2].needs", "plan.link-exists", "n9");
    }

    @Test
    void listsHoldAtMostFiveHundredEntriesAndNoGaps() {
        List<Narrative> plans = new ArrayList<>(Collections.nCopies(500, Narrative.of("Call the agency")));
        assertThat(PlanContent.builder().contingencyPlans(plans).build().contingencyPlans()).hasSize(500);
        plans.add(Narrative.of("One too many"));
        assertRefused(() -> PlanContent.builder().contingencyPlans(plans).build(), "contingencyPlans", "plan.max-entries", "500");
        List<Risk> risks = new ArrayList<>();
        risks.add(null);
        assertRefused(() -> PlanContent.builder().risks(risks).build(), "risks[0]", "value.required", "risks[0]");
    }

    @Test
    void anEmptyDraftIsAllowed() {
        PlanContent empty = PlanContent.builder().build();
        assertThat(empty.needs()).isEmpty();
        assertThat(empty.importantToPerson()).isEmpty();
        assertThat(empty.personalBudget()).isEmpty();
        assertThat(new PlanContent(null, null, null, null, null, null, null, null, null, null, null, null, null, null)).isEqualTo(empty);
    }

    @Test
    void contentCannotBeChangedThroughItsListsOrThroughTheListsItWasBuiltFrom() {
        List<Need> needs = new ArrayList<>(PlanFixtures.completeContent().needs());
        PlanContent content = PlanFixtures.completeContent().toBuilder().needs(needs).build();
        needs.clear();
        assertThat(content.needs()).hasSize(3);
        qt().forAll(PlanGenerators.contents()).checkAssert(generated -> {
            for (List<?> list : List.of(generated.needs(), generated.outcomes(), generated.supportItems(), generated.circleOfSupport(),
                    generated.risks(), generated.contingencyPlans(), generated.deployments(), generated.topUps(), generated.actionPlan())) {
                assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
            }
            assertThat(generated.toBuilder().build()).isEqualTo(generated).hasSameHashCodeAs(generated);
        });
    }

    @Test
    void findsANeedById() {
        assertThat(PlanFixtures.completeContent().need(PlanFixtures.NUTRITION).map(Need::outcome))
                .contains(EligibilityOutcome.MANAGING_NUTRITION);
        assertThat(PlanFixtures.completeContent().need(MISSING)).isEmpty();
    }

    @Test
    void linksAreKeptSortedAndCannotBeChanged() {
        Outcome outcome = new Outcome(OutcomeId.of("o1"), Narrative.of("Stay home"), OutcomeKind.KEEP,
                new java.util.LinkedHashSet<>(List.of(NeedId.of("n2"), NeedId.of("n10"), NeedId.of("n1"))));
        assertThat(outcome.needs()).extracting(NeedId::value).containsExactly("n1", "n10", "n2");
        assertThatThrownBy(() -> outcome.needs().clear()).isInstanceOf(UnsupportedOperationException.class);
        java.util.Set<NeedId> withNull = new java.util.HashSet<>();
        withNull.add(null);
        assertRefused(() -> new UnpaidSupport(SupportSource.FAMILY, "my son", Narrative.of("Visits"), withNull), "needs[0]",
                "value.required", "needs[0]");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String rule,
                                      String mention) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.ruleId()).isEqualTo(rule);
            assertThat(e.getMessage()).contains(mention);
        });
    }
}
