package org.supportplan.domain.budget;

import org.supportplan.domain.money.CostRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.money.RoundingRule;
import org.supportplan.domain.plan.ItemId;
import org.supportplan.domain.plan.NeedId;
import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportUnit;
import org.supportplan.domain.testdata.PlanGenerators;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * The cost breakdown's arithmetic (ADR 0009): totals are exact sums of lines, budget- and top-up-funded
 * totals add up to the whole, four-weekly is four weekly figures, and every rounded figure is the
 * nearest penny (or the penny the rule names) to a value this test computes on its own, exactly. The breakdown
 * works in {@code long}s (ADR 25), so its figures are also compared with a {@code BigDecimal} reference over the
 * whole money range, every period, rounding rule and year length the rules allow.
 */
class CostBreakdownPropertiesTest {

    private static final List<Quantity> WEEKS = List.of(Quantity.of(52), Quantity.parse("52.143"));

    /** The figures kept beside a plan's items (ADR 27) give the breakdown any list of the same items gives. */
    @Test
    void aPlansOwnItemsBreakDownAsAnyListOfThemDoes() {
        qt().forAll(BudgetGenerators.items(), PlanGenerators.costRules()).checkAssert((items, rules) -> {
            CostBreakdown fromList = CostBreakdown.of(new ArrayList<>(items), rules);
            CostBreakdown fromHeld = CostBreakdown.of(org.supportplan.domain.plan.SupportItems.copyOf(items), rules);
            assertThat(fromHeld).isEqualTo(fromList).hasSameHashCodeAs(fromList);
            assertThat(fromHeld.lines()).isEqualTo(fromList.lines());
            for (int i = 0; i < items.size(); i++) {
                assertThat(fromHeld.lines().get(i)).isEqualTo(CostBreakdown.line(items.get(i), CostBreakdown.itemPath(i), rules));
            }
        });
    }

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

    @Test
    void everyLineIsTheExactCostRoundedOnceByTheRuleOrARefusalWhenAFigureIsBeyondTheMoneyRange() {
        qt().withExamples(5_000).forAll(wideItem(0), wideRules()).checkAssert((item, rules) -> {
            CostLine expected = reference(item, "$.supportItems[0]", rules);
            if (expected == null) {
                assertThatThrownBy(() -> CostBreakdown.line(item, "$.supportItems[0]", rules))
                        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                            assertThat(e.ruleId()).isEqualTo("money.range");
                            assertThat(e.field()).isEmpty();
                        });
            } else {
                assertThat(CostBreakdown.line(item, "$.supportItems[0]", rules)).isEqualTo(expected);
            }
        });
    }

    /**
     * Items priced below 2^46 thousandths of a penny a period are worked out without overflow or range checks (ADR 27);
     * those at or above it with them. Either side of that edge, in every period, rule and year length, the line and the
     * breakdown's totals are the reference's.
     */
    @Test
    void itemsEitherSideOfTheUncheckedPriceEdgeCostWhatTheReferenceSays() {
        long edge = 1L << 46;
        Gen<SupportItem> nearTheEdge = longs().between(1, 1_000_000).zip(longs().between(-(1 << 20), 1 << 20),
                Generate.enumValues(SupportUnit.class), Generate.enumValues(PaymentRoute.class), (thousandths, offset, unit, route) ->
                        new SupportItem(ItemId.of("i0"), "Support", "A provider", route, new Quantity(thousandths), unit,
                                Money.ofPence((edge + offset) / thousandths), SpendCategory.of("home-care"), Set.of(), Set.of(), null));
        qt().withExamples(5_000).forAll(nearTheEdge, wideRules()).checkAssert((item, rules) -> {
            CostLine expected = reference(item, "$.supportItems[0]", rules);
            assertThat(expected).as("no item this near the edge is beyond the money range").isNotNull();
            assertThat(CostBreakdown.line(item, "$.supportItems[0]", rules)).isEqualTo(expected);
            CostBreakdown breakdown = CostBreakdown.of(List.of(item), rules);
            assertThat(breakdown.all()).isEqualTo(CostTotals.of(List.of(expected)));
            assertThat(breakdown.lines()).containsExactly(expected);
        });
    }

    @Test
    void aBreakdownIsItsReferenceLinesAndTheirSumsOrNamesTheFirstItemBeyondTheMoneyRange() {
        qt().withExamples(2_000).forAll(wideItems(), wideRules()).checkAssert((items, rules) -> {
            List<CostLine> expected = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                CostLine line = reference(items.get(i), CostBreakdown.itemPath(i), rules);
                if (line == null) {
                    String field = "supportItems[" + i + "]";
                    assertThatThrownBy(() -> CostBreakdown.of(items, rules)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.ruleId()).isEqualTo("money.range");
                        assertThat(e.field()).isEqualTo(field);
                    });
                    return;
                }
                expected.add(line);
            }
            List<BigDecimal> all = sums(expected, line -> true);
            List<BigDecimal> budget = sums(expected, line -> line.route() != PaymentRoute.TOP_UP);
            List<BigDecimal> topUp = sums(expected, line -> line.route() == PaymentRoute.TOP_UP);
            if (!inRange(all) || !inRange(budget) || !inRange(topUp)) {
                // Every line fits but a total does not: refused as an amount, not as any one item.
                assertThatThrownBy(() -> CostBreakdown.of(items, rules)).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.ruleId()).isEqualTo("money.range"));
                return;
            }
            CostBreakdown breakdown = CostBreakdown.of(items, rules);
            assertThat(breakdown.lines()).isEqualTo(expected);
            assertThat(breakdown.all()).isEqualTo(totals(all));
            assertThat(breakdown.budgetFunded()).isEqualTo(totals(budget));
            assertThat(breakdown.topUpFunded()).isEqualTo(totals(topUp));
            assertThat(breakdown.rules()).isEqualTo(rules);
        });
    }

    @Test
    void anItemWhoseWeekFitsTheMoneyRangeButWhoseFourWeeksAndYearDoNotIsRefusedAndNamed() {
        qt().forAll(longs().between(Money.MAX_PENCE / 4 + 1, Money.MAX_PENCE), wideRules()).checkAssert((pence, rules) -> {
            SupportItem cheap = new SupportItem(ItemId.of("i0"), "Support", "A provider", PaymentRoute.COUNCIL_MANAGED,
                    Quantity.of(1), SupportUnit.PER_WEEK, Money.ofPence(1), SpendCategory.of("home-care"), Set.of(), Set.of(), null);
            SupportItem dear = new SupportItem(ItemId.of("i1"), "Support", "A provider", PaymentRoute.COUNCIL_MANAGED,
                    Quantity.of(1), SupportUnit.PER_WEEK, Money.ofPence(pence), SpendCategory.of("home-care"), Set.of(), Set.of(), null);
            assertThatThrownBy(() -> CostBreakdown.of(List.of(cheap, dear), rules)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
                assertThat(e.ruleId()).isEqualTo("money.range");
                assertThat(e.field()).isEqualTo("supportItems[1]");
            });
        });
    }

    @Test
    void linesMadeOnDemandAreTheOnesWorkedOutItemByItemAndTheTotalsTheirSums() {
        qt().forAll(BudgetGenerators.items(), wideRules()).checkAssert((items, rules) -> {
            CostBreakdown breakdown = CostBreakdown.of(items, rules);
            // Totals first, so the lines are made after them, from the figures alone.
            CostTotals all = breakdown.all();
            List<CostLine> lines = breakdown.lines();
            for (int i = 0; i < items.size(); i++) {
                assertThat(lines.get(i)).isEqualTo(CostBreakdown.line(items.get(i), CostBreakdown.itemPath(i), rules));
            }
            assertThat(breakdown.lines()).isSameAs(lines);
            assertThatThrownBy(() -> lines.add(null)).isInstanceOf(UnsupportedOperationException.class);
            assertThat(all).isEqualTo(CostTotals.of(lines));
            assertThat(breakdown.budgetFunded()).isEqualTo(CostTotals.of(lines.stream().filter(l -> l.route() != PaymentRoute.TOP_UP).toList()));
            assertThat(breakdown.topUpFunded()).isEqualTo(CostTotals.of(lines.stream().filter(l -> l.route() == PaymentRoute.TOP_UP).toList()));
        });
    }

    @Test
    void breakdownsOfTheSameItemsUnderTheSameRulesAreEqualAndPrintAsTheirParts() {
        qt().forAll(BudgetGenerators.items(), PlanGenerators.costRules()).checkAssert((items, rules) -> {
            CostBreakdown breakdown = CostBreakdown.of(items, rules);
            CostBreakdown again = CostBreakdown.of(new ArrayList<>(items), rules);
            assertThat(again).isEqualTo(breakdown).hasSameHashCodeAs(breakdown);
            assertThat(breakdown.toString()).isEqualTo("CostBreakdown[lines=" + breakdown.lines() + ", budgetFunded="
                    + breakdown.budgetFunded() + ", topUpFunded=" + breakdown.topUpFunded() + ", all=" + breakdown.all()
                    + ", rules=" + rules + "]");
            if (!items.isEmpty()) {
                assertThat(CostBreakdown.of(items.subList(1, items.size()), rules).lines()).isNotEqualTo(breakdown.lines());
                assertThat(CostBreakdown.of(items.subList(1, items.size()), rules)).isNotEqualTo(breakdown);
            }
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
    /**
     * An item's line worked out apart from the product, in {@code BigDecimal}: each figure exact, then rounded once by the
     * rounding mode of the same name; null when any figure (four-weekly too) is beyond the money range.
     */
    private static CostLine reference(SupportItem item, String path, CostRules rules) {
        BigDecimal perPeriod = BigDecimal.valueOf(item.unitCost().pence()).multiply(item.quantity().toBigDecimal());
        BigDecimal weeks = rules.weeksPerYear().toBigDecimal();
        RoundingMode mode = RoundingMode.valueOf(rules.rounding().name());
        BigDecimal four = BigDecimal.valueOf(4);
        BigDecimal twelve = BigDecimal.valueOf(12);
        BigDecimal weekly = BigDecimal.ZERO;
        BigDecimal annual = BigDecimal.ZERO;
        BigDecimal oneOff = BigDecimal.ZERO;
        switch (item.unit().period()) {
            case WEEK -> {
                weekly = perPeriod.setScale(0, mode);
                annual = perPeriod.multiply(weeks).setScale(0, mode);
            }
            case FOUR_WEEKS -> {
                weekly = perPeriod.divide(four, 0, mode);
                annual = perPeriod.multiply(weeks).divide(four, 0, mode);
            }
            case MONTH -> {
                weekly = perPeriod.multiply(twelve).divide(weeks, 0, mode);
                annual = perPeriod.multiply(twelve).setScale(0, mode);
            }
            case YEAR -> {
                weekly = perPeriod.divide(weeks, 0, mode);
                annual = perPeriod.setScale(0, mode);
            }
            case ONE_OFF -> oneOff = perPeriod.setScale(0, mode);
        }
        BigDecimal fourWeekly = weekly.multiply(four);
        if (!inRange(List.of(weekly, fourWeekly, annual, oneOff))) {
            return null;
        }
        return new CostLine(item.id(), path, item.route(), Money.ofPence(weekly.longValueExact()),
                Money.ofPence(fourWeekly.longValueExact()), Money.ofPence(annual.longValueExact()), Money.ofPence(oneOff.longValueExact()));
    }

    /** Weekly, four-weekly, annual and one-off sums of the lines {@code which} selects, exact. */
    private static List<BigDecimal> sums(List<CostLine> lines, Predicate<CostLine> which) {
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (CostLine line : lines) {
            if (which.test(line)) {
                List<Money> figures = List.of(line.weekly(), line.fourWeekly(), line.annual(), line.oneOff());
                for (int k = 0; k < 4; k++) {
                    sums[k] = sums[k].add(BigDecimal.valueOf(figures.get(k).pence()));
                }
            }
        }
        return List.of(sums);
    }

    private static boolean inRange(List<BigDecimal> pence) {
        return pence.stream().allMatch(p -> p.abs().compareTo(BigDecimal.valueOf(Money.MAX_PENCE)) <= 0);
    }

    private static CostTotals totals(List<BigDecimal> sums) {
        return new CostTotals(Money.ofPence(sums.get(0).longValueExact()), Money.ofPence(sums.get(1).longValueExact()),
                Money.ofPence(sums.get(2).longValueExact()), Money.ofPence(sums.get(3).longValueExact()));
    }

    /** Any year the rules allow (52 to 53 weeks, in thousandths) and any rounding rule. */
    private static Gen<CostRules> wideRules() {
        return longs().between(52_000, 53_000).zip(Generate.enumValues(RoundingRule.class),
                (weeks, rounding) -> new CostRules(new Quantity(weeks), rounding));
    }

    /**
     * One item anywhere in the ranges a plan accepts: prices and quantities of every size from nothing to the limits, a
     * third of the quantities whole or half units so that figures land on exactly half a penny.
     */
    private static Gen<SupportItem> wideItem(int n) {
        Gen<Long> pence = upTo(Money.MAX_PENCE, 14);
        Gen<Long> thousandths = upTo(Quantity.MAX_THOUSANDTHS, 12).zip(integers().between(0, 2),
                (q, half) -> half == 0 ? q - q % 500 : q);
        return Generate.enumValues(SupportUnit.class).zip(Generate.enumValues(PaymentRoute.class), pence, thousandths,
                (unit, route, price, quantity) -> new SupportItem(ItemId.of("i" + n), "Support " + n, "A provider", route,
                        new Quantity(quantity), unit, Money.ofPence(price), SpendCategory.of("home-care"),
                        Set.of(NeedId.of("n1")), Set.of(), null));
    }

    /** Up to six wide items with distinct ids. */
    private static Gen<List<SupportItem>> wideItems() {
        return integers().between(0, 6).flatMap(count -> {
            Gen<List<SupportItem>> result = Generate.constant(List.of());
            for (int i = 0; i < count; i++) {
                result = result.zip(wideItem(i), (list, next) -> {
                    List<SupportItem> longer = new ArrayList<>(list);
                    longer.add(next);
                    return List.copyOf(longer);
                });
            }
            return result;
        });
    }

    /** Values from 0 to {@code max} spread over every number of digits up to {@code digits}, and the limit itself. */
    private static Gen<Long> upTo(long max, int digits) {
        return integers().between(0, digits + 1).zip(longs().between(0, Long.MAX_VALUE), (d, raw) -> {
            if (d > digits) {
                return max;
            }
            long bound = 1;
            for (int k = 0; k < d && bound < max; k++) {
                bound *= 10;
            }
            return raw % (Math.min(max, bound) + 1);
        });
    }
}
