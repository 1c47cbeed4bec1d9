package org.supportplan.domain.budget;

import org.supportplan.domain.money.CostRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.money.RoundingRule;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.testdata.PlanGenerators;

/**
 * The cost breakdown's arithmetic (ADR 0009): totals are exact sums of lines, budget- and top-up-funded
 * totals add up to the whole, four-weekly is four weekly figures, and every rounded figure is the
 * nearest penny (or the penny the rule names) to a value this test computes on its own, exactly.
 */
class CostBreakdownPropertiesTest {

    private static final List<Quantity> WEEKS = List.of(Quantity.of(52), Quantity.parse("52.143"));

    @Test
    void totalsAreTheExactSumsOfTheLinesInEveryPeriod() {
        qt().forAll(BudgetGenerators.items(), PlanGenerators.costRules()).checkAssert((items, rules) -> {
            CostBreakdown breakdown = CostBreakdown.of(items, rules);

            assertThat(breakdown.lines()).hasSize(items.size());
            assertThat(breakdown.rules()).isEqualTo(rules);
            for (Function<CostLine, Money> period : List.<Function<CostLine, Money>>of(CostLine::weekly, CostLine::fourWeekly,
                    CostLine::annual, CostLine::oneOff, CostLine::firstYear)) {
                Function<CostTotals, Money> total = totalFor(period);
                assertThat(total.apply(breakdown.all())).isEqualTo(sum(breakdown.lines(), line -> true, period));
                assertThat(total.apply(breakdown.budgetFunded()))
                        .isEqualTo(sum(breakdown.lines(), line -> line.route() != org.supportplan.domain.plan.PaymentRoute.TOP_UP, period));
                assertThat(total.apply(breakdown.topUpFunded()))
                        .isEqualTo(sum(breakdown.lines(), line -> line.route() == org.supportplan.domain.plan.PaymentRoute.TOP_UP, period));
                assertThat(total.apply(breakdown.budgetFunded()).plus(total.apply(breakdown.topUpFunded())))
                        .isEqualTo(total.apply(breakdown.all()));
            }
        });
    }

    @Test
    void eachLineIsTheItemItDescribesWithFourWeeksExactlyFourTimesAWeek() {
        qt().forAll(BudgetGenerators.items(), PlanGenerators.costRules()).checkAssert((items, rules) -> {
            CostBreakdown breakdown = CostBreakdown.of(items, rules);
            for (int i = 0; i < items.size(); i++) {
                CostLine line = breakdown.lines().get(i);
                SupportItem item = items.get(i);
                assertThat(line.item()).isEqualTo(item.id());
                assertThat(line.path()).isEqualTo("$.supportItems[" + i + "]");
                assertThat(line.route()).isEqualTo(item.route());
                assertThat(line.fourWeekly()).isEqualTo(line.weekly().times(4));
                assertThat(line.firstYear()).isEqualTo(line.annual().plus(line.oneOff()));
                boolean oneOff = item.unit().period() == org.supportplan.domain.plan.Period.ONE_OFF;
                // A one-off cost is never spread over weeks; a recurring one is never a one-off.
                assertThat(oneOff ? List.of(line.weekly(), line.annual()) : List.of(line.oneOff())).containsOnly(Money.ZERO);
                assertThat(List.of(line.weekly(), line.annual(), line.oneOff())).allMatch(m -> !m.isNegative());
            }
        });
    }

    @Test
    void everyRoundedFigureIsWithinTheRulesReachOfTheExactCostForEveryPeriodRuleAndYearLength() {
        for (RoundingRule rounding : RoundingRule.values()) {
            for (Quantity weeks : WEEKS) {
                CostRules rules = new CostRules(weeks, rounding);
                qt().forAll(BudgetGenerators.item(1)).checkAssert(item -> {
                    CostLine line = CostBreakdown.line(item, "$.supportItems[0]", rules);
                    BigDecimal perPeriod = BigDecimal.valueOf(item.unitCost().pence()).multiply(item.quantity().toBigDecimal());
                    BigDecimal w = weeks.toBigDecimal();
                    // Each exact figure as numerator / denominator, so no division happens in the test.
                    switch (item.unit().period()) {
                        case WEEK -> {
                            assertRounded(line.weekly(), perPeriod, BigDecimal.ONE, rounding);
                            assertRounded(line.annual(), perPeriod.multiply(w), BigDecimal.ONE, rounding);
                        }
                        case FOUR_WEEKS -> {
                            assertRounded(line.weekly(), perPeriod, BigDecimal.valueOf(4), rounding);
                            assertRounded(line.annual(), perPeriod.multiply(w), BigDecimal.valueOf(4), rounding);
                        }
                        case MONTH -> {
                            assertRounded(line.weekly(), perPeriod.multiply(BigDecimal.valueOf(12)), w, rounding);
                            assertRounded(line.annual(), perPeriod.multiply(BigDecimal.valueOf(12)), BigDecimal.ONE, rounding);
                        }
                        case YEAR -> {
                            assertRounded(line.weekly(), perPeriod, w, rounding);
                            assertRounded(line.annual(), perPeriod, BigDecimal.ONE, rounding);
                        }
                        case ONE_OFF -> assertRounded(line.oneOff(), perPeriod, BigDecimal.ONE, rounding);
                    }
                    if (item.unit().period() != org.supportplan.domain.plan.Period.ONE_OFF) {
                        // Weekly x weeks and annual are each rounded once from the same exact value, so they differ by at
                        // most the two roundings: half a penny each way for HALF_*, under a penny in one direction for UP/DOWN.
                        BigDecimal gap = BigDecimal.valueOf(line.weekly().pence()).multiply(w)
                                .subtract(BigDecimal.valueOf(line.annual().pence())).abs();
                        boolean half = rounding == RoundingRule.HALF_UP || rounding == RoundingRule.HALF_EVEN;
                        if (half) {
                            assertThat(gap).isLessThanOrEqualTo(w.add(BigDecimal.ONE).divide(BigDecimal.valueOf(2)));
                        } else {
                            assertThat(gap).isLessThan(w);
                        }
                    }
                });
            }
        }
    }

    @Test
    void wholePenceAWeekCostExactlyFiftyTwoOrFourWeeklyThirteenTimesAYearWhenTheCouncilCountsFiftyTwoWeeks() {
        qt().forAll(org.quicktheories.generators.SourceDSL.longs().between(0, 25_000L),
                        org.quicktheories.generators.SourceDSL.longs().between(0, 60L),
                        org.quicktheories.generators.Generate.enumValues(RoundingRule.class))
                .checkAssert((pence, hours, rounding) -> {
                    CostRules rules = new CostRules(Quantity.of(52), rounding);
                    SupportItem weekly = new SupportItem(org.supportplan.domain.plan.ItemId.of("i1"), "PA", "Agency",
                            org.supportplan.domain.plan.PaymentRoute.COUNCIL_MANAGED, Quantity.of(hours),
                            org.supportplan.domain.plan.SupportUnit.HOURS_PER_WEEK, Money.ofPence(pence),
                            org.supportplan.domain.plan.SpendCategory.of("home-care"), null, null, null);
                    CostLine line = CostBreakdown.line(weekly, "$.supportItems[0]", rules);
                    // Nothing to round: the year is exactly 52 weeks and 13 four-week cycles.
                    assertThat(line.weekly()).isEqualTo(Money.ofPence(pence * hours));
                    assertThat(line.annual()).isEqualTo(line.weekly().times(52)).isEqualTo(line.fourWeekly().times(13));
                });
    }

    /**
     * Checks {@code rounded} against the exact value {@code numerator / denominator} (in pence) by
     * multiplying back: HALF_* within half a penny, DOWN the largest penny not above, UP the smallest not below.
     */
    static void assertRounded(Money rounded, BigDecimal numerator, BigDecimal denominator, RoundingRule rule) {
        BigDecimal r = BigDecimal.valueOf(rounded.pence());
        BigDecimal scaled = r.multiply(denominator);
        String what = rounded + " for exact " + numerator + " / " + denominator + " under " + rule;
        switch (rule) {
            case HALF_UP, HALF_EVEN -> assertThat(scaled.subtract(numerator).abs().multiply(BigDecimal.valueOf(2)))
                    .as(what).isLessThanOrEqualTo(denominator);
            case DOWN -> {
                assertThat(scaled).as(what).isLessThanOrEqualTo(numerator);
                assertThat(r.add(BigDecimal.ONE).multiply(denominator)).as(what).isGreaterThan(numerator);
            }
            case UP -> {
                assertThat(scaled).as(what).isGreaterThanOrEqualTo(numerator);
                assertThat(r.subtract(BigDecimal.ONE).multiply(denominator)).as(what).isLessThan(numerator);
            }
        }
        if (rule == RoundingRule.HALF_UP || rule == RoundingRule.HALF_EVEN) {
            // Exactly half a penny: HALF_UP goes up, HALF_EVEN to the even penny.
            BigDecimal twice = numerator.multiply(BigDecimal.valueOf(2));
            if (twice.remainder(denominator).signum() == 0 && twice.divide(denominator).remainder(BigDecimal.valueOf(2)).compareTo(BigDecimal.ONE) == 0) {
                BigDecimal floor = numerator.divide(denominator, 0, java.math.RoundingMode.FLOOR);
                BigDecimal expected = rule == RoundingRule.HALF_UP ? floor.add(BigDecimal.ONE)
                        : floor.remainder(BigDecimal.valueOf(2)).signum() == 0 ? floor : floor.add(BigDecimal.ONE);
                assertThat(r).as(what).isEqualByComparingTo(expected);
            }
        }
    }

    private static Function<CostTotals, Money> totalFor(Function<CostLine, Money> period) {
        CostLine probe = new CostLine(org.supportplan.domain.plan.ItemId.of("p"), "$", org.supportplan.domain.plan.PaymentRoute.TOP_UP,
                Money.ofPence(1), Money.ofPence(2), Money.ofPence(3), Money.ofPence(4));
        long marker = period.apply(probe).pence();
        return marker == 1 ? CostTotals::weekly : marker == 2 ? CostTotals::fourWeekly : marker == 3 ? CostTotals::annual
                : marker == 4 ? CostTotals::oneOff : CostTotals::firstYear;
    }

    private static Money sum(List<CostLine> lines, Predicate<CostLine> which, Function<CostLine, Money> period) {
        long pence = 0;
        for (CostLine line : lines) {
            if (which.test(line)) {
                pence += period.apply(line).pence();
            }
        }
        return Money.ofPence(pence);
    }
}
