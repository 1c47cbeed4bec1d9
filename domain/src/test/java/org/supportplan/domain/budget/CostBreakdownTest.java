package org.supportplan.domain.budget;

import org.supportplan.domain.money.CostRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.money.RoundingRule;
import org.supportplan.domain.plan.ItemId;
import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportUnit;
import org.supportplan.domain.testdata.PlanFixtures;
import org.supportplan.domain.validation.InvalidValueException;

/** Worked examples of the cost breakdown, one per unit period, with figures checked by hand. */
class CostBreakdownTest {

    private static final CostRules DEFAULT = new CostRules(Quantity.parse("52.143"), RoundingRule.HALF_UP);

    @Test
    void theFixturePlanCostsWhatTheCouncilWouldWorkOut() {
        CostBreakdown breakdown = CostBreakdown.of(List.of(PlanFixtures.personalAssistant(), PlanFixtures.dayCentre()), DEFAULT);

        // 10.5 hours x 18.40 = 193.20 a week; x 52.143 = 10074.0276 a year.
        CostLine pa = breakdown.lines().get(0);
        assertThat(List.of(pa.weekly(), pa.fourWeekly(), pa.annual(), pa.oneOff()))
                .containsExactly(Money.parse("193.20"), Money.parse("772.80"), Money.parse("10074.03"), Money.ZERO);
        // 2 sessions x 42.00 = 84.00 a week; x 52.143 = 4380.012 a year.
        CostLine day = breakdown.lines().get(1);
        assertThat(List.of(day.weekly(), day.annual())).containsExactly(Money.parse("84.00"), Money.parse("4380.01"));
        assertThat(breakdown.all().weekly()).isEqualTo(Money.parse("277.20"));
        assertThat(breakdown.all().fourWeekly()).isEqualTo(Money.parse("1108.80"));
        assertThat(breakdown.all().firstYear()).isEqualTo(Money.parse("14454.04"));
        assertThat(breakdown.budgetFunded()).isEqualTo(breakdown.all());
        assertThat(breakdown.topUpFunded()).isEqualTo(CostTotals.ZERO);
    }

    @Test
    void fiftyTwoWeeksAndDownwardRoundingGiveTheCouncilsOtherFigures() {
        CostLine pa52 = CostBreakdown.line(PlanFixtures.personalAssistant(), "$.supportItems[0]",
                new CostRules(Quantity.of(52), RoundingRule.HALF_UP));
        assertThat(pa52.annual()).isEqualTo(Money.parse("10046.40"));
        CostLine paDown = CostBreakdown.line(PlanFixtures.personalAssistant(), "$.supportItems[0]",
                new CostRules(Quantity.parse("52.143"), RoundingRule.DOWN));
        assertThat(paDown.annual()).isEqualTo(Money.parse("10074.02"));
    }

    @Test
    void sessionsAMonthAreTwelveMonthsAYearAndSpreadOverTheWeeks() {
        CostLine line = CostBreakdown.line(item(SupportUnit.SESSIONS_PER_MONTH, "3", "25.00", PaymentRoute.COUNCIL_MANAGED),
                "$.supportItems[0]", DEFAULT);
        // 3 x 25.00 x 12 = 900.00 a year; / 52.143 = 17.2602 a week.
        assertThat(line.annual()).isEqualTo(Money.parse("900.00"));
        assertThat(line.weekly()).isEqualTo(Money.parse("17.26"));
        assertThat(line.fourWeekly()).isEqualTo(Money.parse("69.04"));
    }

    @Test
    void itemsAYearAreSpreadOverTheCouncilsWeeks() {
        SupportItem membership = item(SupportUnit.ITEMS_PER_YEAR, "1", "120.00", PaymentRoute.DIRECT_PAYMENT);
        assertThat(CostBreakdown.line(membership, "$", DEFAULT).weekly()).isEqualTo(Money.parse("2.30"));
        assertThat(CostBreakdown.line(membership, "$", new CostRules(Quantity.of(52), RoundingRule.HALF_UP)).weekly())
                .isEqualTo(Money.parse("2.31"));
        assertThat(CostBreakdown.line(membership, "$", DEFAULT).annual()).isEqualTo(Money.parse("120.00"));
    }

    @Test
    void aFourWeeklyChargeIsAQuarterAWeekAndTheRoundingRuleSettlesTheHalfPenny() {
        SupportItem charge = item(SupportUnit.PER_FOUR_WEEKS, "1", "100.00", PaymentRoute.INDIVIDUAL_SERVICE_FUND);
        // 100.00 x 52.143 / 4 = 1303.575 a year: exactly half a penny.
        assertThat(CostBreakdown.line(charge, "$", DEFAULT).annual()).isEqualTo(Money.parse("1303.58"));
        assertThat(CostBreakdown.line(charge, "$", new CostRules(Quantity.parse("52.143"), RoundingRule.HALF_EVEN)).annual())
                .isEqualTo(Money.parse("1303.58"));
        assertThat(CostBreakdown.line(charge, "$", new CostRules(Quantity.parse("52.143"), RoundingRule.DOWN)).annual())
                .isEqualTo(Money.parse("1303.57"));
        assertThat(CostBreakdown.line(charge, "$", DEFAULT).weekly()).isEqualTo(Money.parse("25.00"));
        assertThat(CostBreakdown.line(charge, "$", DEFAULT).fourWeekly()).isEqualTo(Money.parse("100.00"));
    }

    @Test
    void halfEvenAndHalfUpPartWaysOnAnExactHalfPenny() {
        // 18.45 x 10.5 = 193.725 a week.
        SupportItem pa = item(SupportUnit.HOURS_PER_WEEK, "10.5", "18.45", PaymentRoute.DIRECT_PAYMENT);
        assertThat(CostBreakdown.line(pa, "$", new CostRules(Quantity.of(52), RoundingRule.HALF_UP)).weekly())
                .isEqualTo(Money.parse("193.73"));
        assertThat(CostBreakdown.line(pa, "$", new CostRules(Quantity.of(52), RoundingRule.HALF_EVEN)).weekly())
                .isEqualTo(Money.parse("193.72"));
        assertThat(CostBreakdown.line(pa, "$", new CostRules(Quantity.of(52), RoundingRule.UP)).weekly())
                .isEqualTo(Money.parse("193.73"));
        // The annual figure is rounded from 193.725 x 52 = 10073.70 exactly, not from a rounded weekly figure.
        assertThat(CostBreakdown.line(pa, "$", new CostRules(Quantity.of(52), RoundingRule.HALF_UP)).annual())
                .isEqualTo(Money.parse("10073.70"));
    }

    @Test
    void oneOffCostsAreKeptApartAndCountInTheFirstYear() {
        SupportItem equipment = item(SupportUnit.ONE_OFF, "2", "150.00", PaymentRoute.DIRECT_PAYMENT);
        CostBreakdown breakdown = CostBreakdown.of(List.of(equipment, PlanFixtures.dayCentre()), DEFAULT);

        assertThat(breakdown.lines().get(0).oneOff()).isEqualTo(Money.parse("300.00"));
        assertThat(breakdown.lines().get(0).weekly()).isEqualTo(Money.ZERO);
        assertThat(breakdown.all().oneOff()).isEqualTo(Money.parse("300.00"));
        assertThat(breakdown.all().annual()).isEqualTo(Money.parse("4380.01"));
        assertThat(breakdown.all().firstYear()).isEqualTo(Money.parse("4680.01"));
    }

    @Test
    void topUpItemsAreTotalledApartFromWhatTheBudgetPays() {
        SupportItem nicerRoom = item(SupportUnit.PER_WEEK, "1", "50.00", PaymentRoute.TOP_UP);
        CostBreakdown breakdown = CostBreakdown.of(List.of(PlanFixtures.dayCentre(), nicerRoom), DEFAULT);

        assertThat(breakdown.budgetFunded().weekly()).isEqualTo(Money.parse("84.00"));
        assertThat(breakdown.topUpFunded().weekly()).isEqualTo(Money.parse("50.00"));
        // 50.00 x 52.143 = 2607.15.
        assertThat(breakdown.topUpFunded().annual()).isEqualTo(Money.parse("2607.15"));
        assertThat(breakdown.all().weekly()).isEqualTo(Money.parse("134.00"));
        assertThat(breakdown.lines()).extracting(CostLine::path).containsExactly("$.supportItems[0]", "$.supportItems[1]");
    }

    @Test
    void anEmptyPlanCostsNothing() {
        CostBreakdown breakdown = CostBreakdown.of(List.of(), DEFAULT);
        assertThat(breakdown.lines()).isEmpty();
        assertThat(List.of(breakdown.all(), breakdown.budgetFunded(), breakdown.topUpFunded())).containsOnly(CostTotals.ZERO);
    }

    @Test
    void anItemCostingMoreThanTheMoneyRangeIsNamedInTheRefusal() {
        SupportItem absurd = new SupportItem(ItemId.of("i9"), "Everything", "Everyone", PaymentRoute.COUNCIL_MANAGED,
                Quantity.of(1_000_000_000), SupportUnit.HOURS_PER_WEEK, Money.parse("999999999.99"),
                SpendCategory.of("home-care"), Set.of(), Set.of(), null);

        assertThatThrownBy(() -> CostBreakdown.of(List.of(PlanFixtures.dayCentre(), absurd), DEFAULT))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("money.range");
                    assertThat(e.field()).isEqualTo("supportItems[1]");
                });
    }

    @Test
    void costRulesAcceptOnlyAYearOfFiftyTwoToFiftyThreeWeeks() {
        assertThat(new CostRules(Quantity.of(53), RoundingRule.UP).weeksPerYear()).isEqualTo(Quantity.of(53));
        for (String weeks : new String[] {"51.999", "53.001", "0", "365"}) {
            assertThatThrownBy(() -> new CostRules(Quantity.parse(weeks), RoundingRule.UP)).as(weeks)
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.ruleId()).isEqualTo("profile.weeks-per-year");
                        assertThat(e.field()).isEqualTo("weeksPerYear");
                    });
        }
        assertThatThrownBy(() -> new CostRules(Quantity.of(52), null)).isInstanceOf(InvalidValueException.class);
    }

    private static SupportItem item(SupportUnit unit, String quantity, String unitCost, PaymentRoute route) {
        return new SupportItem(ItemId.of("i1"), "Support", "A provider", route, Quantity.parse(quantity), unit,
                Money.parse(unitCost), SpendCategory.of("home-care"), Set.of(PlanFixtures.HYGIENE), Set.of(), null);
    }
}
