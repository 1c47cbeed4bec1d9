package org.supportplan.domain.budget;

import org.supportplan.domain.money.CostRules;
import org.supportplan.domain.plan.PersonalBudget;
import org.supportplan.domain.plan.TopUp;
import org.supportplan.domain.plan.TopUpPayer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.money.RoundingRule;
import org.supportplan.domain.testdata.PlanFixtures;
import org.supportplan.domain.testdata.PlanGenerators;

/**
 * Sufficiency (Care Act s.26, SG 11.24; ADR 0009): budget-funded cost is judged against the budget in
 * force and top-up-funded cost against the top-ups, separately, so a top-up never hides a shortfall.
 */
class SufficiencyTest {

    private static final CostRules DEFAULT = new CostRules(Quantity.parse("52.143"), RoundingRule.HALF_UP);

    @Test
    void sufficientExactlyWhenEachCostFitsItsOwnMoneyAndNoShortfallIsEverNegative() {
        qt().forAll(BudgetGenerators.items(), PlanGenerators.costRules(),
                        longs().between(-3_000_000, 3_000_000).zip(longs().between(0, 100), (o, p) -> new long[] {o, p}),
                        BudgetGenerators.topUps())
                .checkAssert((items, rules, offsetAndPercent, topUps) -> {
                    long offset = offsetAndPercent[0];
                    long percent = offsetAndPercent[1];
                    CostBreakdown breakdown = CostBreakdown.of(items, rules);
                    Money budgetCost = breakdown.budgetFunded().firstYear();
                    // A budget near the cost, so both sides of the line are tried.
                    Money inForce = Money.ofPence(Math.max(0, budgetCost.pence() + offset));
                    PersonalBudget budget = PersonalBudget.indicative(inForce, Money.ofPence(inForce.pence() * percent / 100));
                    Money topUpTotal = Money.ofPence(topUps.stream().mapToLong(t -> t.annualAmount().pence()).sum());
                    Money topUpCost = breakdown.topUpFunded().firstYear();

                    Sufficiency sufficiency = Sufficiency.of(breakdown, budget, topUps);

                    boolean fits = budgetCost.compareTo(inForce) <= 0 && topUpCost.compareTo(topUpTotal) <= 0;
                    assertThat(sufficiency).isInstanceOf(fits ? Sufficiency.Sufficient.class : Sufficiency.Shortfall.class);
                    if (sufficiency instanceof Sufficiency.Sufficient sufficient) {
                        assertThat(sufficient.budgetHeadroom().plus(budgetCost)).isEqualTo(inForce);
                        assertThat(sufficient.topUpHeadroom().plus(topUpCost)).isEqualTo(topUpTotal);
                        assertThat(sufficient.budgetHeadroom().isNegative() || sufficient.topUpHeadroom().isNegative()).isFalse();
                    } else {
                        Sufficiency.Shortfall shortfall = (Sufficiency.Shortfall) sufficiency;
                        assertThat(shortfall.budgetShortfall()).isEqualTo(budgetCost.minus(inForce).max(Money.ZERO));
                        assertThat(shortfall.topUpShortfall()).isEqualTo(topUpCost.minus(topUpTotal).max(Money.ZERO));
                        assertThat(shortfall.budgetShortfall().isNegative() || shortfall.topUpShortfall().isNegative()).isFalse();
                        assertThat(shortfall.budgetShortfall().isZero() && shortfall.topUpShortfall().isZero()).isFalse();
                        assertThat(List.of(shortfall.budgetCost(), shortfall.budgetInForce(), shortfall.topUpCost(), shortfall.topUps()))
                                .containsExactly(budgetCost, inForce, topUpCost, topUpTotal);
                    }
                });
    }

    @Test
    void noTopUpEverHidesABudgetShortfall() {
        // The day centre alone costs 4380.01 a year from the budget, so a budget up to that much short always exists.
        qt().forAll(BudgetGenerators.items(), longs().between(1, 438_001), BudgetGenerators.amounts(10_000_000))
                .checkAssert((generated, under, extra) -> {
                    List<org.supportplan.domain.plan.SupportItem> items = new ArrayList<>(generated);
                    items.add(PlanFixtures.dayCentre());
                    CostBreakdown breakdown = CostBreakdown.of(items, DEFAULT);
                    Money short1 = Money.ofPence(under);
                    PersonalBudget budget = PersonalBudget.indicative(breakdown.budgetFunded().firstYear().minus(short1), Money.ZERO);
                    List<TopUp> generous = new ArrayList<>(List.of(new TopUp(TopUpPayer.THIRD_PARTY, extra, "Family help")));

                    Sufficiency sufficiency = Sufficiency.of(breakdown, budget, generous);

                    assertThat(sufficiency).isInstanceOfSatisfying(Sufficiency.Shortfall.class,
                            shortfall -> assertThat(shortfall.budgetShortfall()).isEqualTo(short1));
                });
    }

    @Test
    void withoutABudgetNothingCanBeJudged() {
        qt().forAll(BudgetGenerators.items(), BudgetGenerators.topUps()).checkAssert((items, topUps) -> {
            CostBreakdown breakdown = CostBreakdown.of(items, DEFAULT);
            assertThat(Sufficiency.of(breakdown, null, topUps))
                    .isEqualTo(new Sufficiency.NoBudget(breakdown.budgetFunded().firstYear()));
        });
    }

    @Test
    void theFixturePlanFitsItsBudgetWithHeadroom() {
        CostBreakdown breakdown = CostBreakdown.of(PlanFixtures.completeContent().supportItems(), DEFAULT);
        Sufficiency sufficiency = Sufficiency.of(breakdown, PlanFixtures.completeContent().budget(), List.of());
        assertThat(sufficiency).isEqualTo(new Sufficiency.Sufficient(Money.parse("1545.96"), Money.ZERO));
    }

    @Test
    void aCostExactlyEqualToTheBudgetIsSufficient() {
        CostBreakdown breakdown = CostBreakdown.of(PlanFixtures.completeContent().supportItems(), DEFAULT);
        Sufficiency sufficiency = Sufficiency.of(breakdown, PersonalBudget.indicative(Money.parse("14454.04"), Money.ZERO), List.of());
        assertThat(sufficiency).isEqualTo(new Sufficiency.Sufficient(Money.ZERO, Money.ZERO));
        Sufficiency onePennyShort = Sufficiency.of(breakdown, PersonalBudget.indicative(Money.parse("14454.03"), Money.ZERO), List.of());
        assertThat(onePennyShort).isInstanceOfSatisfying(Sufficiency.Shortfall.class,
                s -> assertThat(s.budgetShortfall()).isEqualTo(Money.ofPence(1)));
    }

    @Test
    void theFinalBudgetIsWhatTheCostIsJudgedAgainstOnceSet() {
        CostBreakdown breakdown = CostBreakdown.of(PlanFixtures.completeContent().supportItems(), DEFAULT);
        PersonalBudget cut = new PersonalBudget(Money.parse("16000.00"), Money.parse("14000.00"), Money.parse("2340.00"));
        assertThat(Sufficiency.of(breakdown, cut, List.of())).isInstanceOfSatisfying(Sufficiency.Shortfall.class, s -> {
            assertThat(s.budgetInForce()).isEqualTo(Money.parse("14000.00"));
            assertThat(s.budgetShortfall()).isEqualTo(Money.parse("454.04"));
        });
    }
}
