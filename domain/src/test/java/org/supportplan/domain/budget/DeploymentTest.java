package org.supportplan.domain.budget;

import org.supportplan.domain.money.CostRules;
import org.supportplan.domain.plan.Deployment;
import org.supportplan.domain.plan.DeploymentOption;
import org.supportplan.domain.plan.PaymentFrequency;
import org.supportplan.domain.plan.TopUp;
import org.supportplan.domain.plan.TopUpPayer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.money.RoundingRule;
import org.supportplan.domain.plan.NeedId;
import org.supportplan.domain.testdata.PlanGenerators;
import org.supportplan.domain.validation.InvalidValueException;

/** A deployment's yearly amount follows its payment frequency under the council's cost rules. */
class DeploymentTest {

    @Test
    void theYearlyAmountIsThePaymentTimesThePaymentsInAYearRoundedOnce() {
        qt().forAll(PlanGenerators.deployments(List.of(NeedId.of("n1"), NeedId.of("n2"))), PlanGenerators.costRules())
                .checkAssert((deployment, rules) -> {
                    Money annual = deployment.annualAmount(rules);
                    BigDecimal payment = BigDecimal.valueOf(deployment.amount().pence());
                    BigDecimal weeks = rules.weeksPerYear().toBigDecimal();
                    switch (deployment.frequency()) {
                        case WEEKLY -> CostBreakdownPropertiesTest.assertRounded(annual, payment.multiply(weeks), BigDecimal.ONE,
                                rules.rounding());
                        case FOUR_WEEKLY -> CostBreakdownPropertiesTest.assertRounded(annual, payment.multiply(weeks),
                                BigDecimal.valueOf(4), rules.rounding());
                        case MONTHLY -> assertThat(annual).isEqualTo(deployment.amount().times(12));
                        case QUARTERLY -> assertThat(annual).isEqualTo(deployment.amount().times(4));
                        case ANNUALLY -> assertThat(annual).isEqualTo(deployment.amount());
                    }
                });
    }

    @Test
    void aFiftyTwoWeekYearNeedsNoRounding() {
        qt().forAll(PlanGenerators.unitCosts(), Generate.enumValues(RoundingRule.class)).checkAssert((amount, rounding) -> {
            CostRules rules = new CostRules(Quantity.of(52), rounding);
            assertThat(deployment(amount, PaymentFrequency.WEEKLY).annualAmount(rules)).isEqualTo(amount.times(52));
            assertThat(deployment(amount, PaymentFrequency.FOUR_WEEKLY).annualAmount(rules)).isEqualTo(amount.times(13));
        });
    }

    @Test
    void theFixtureDirectPaymentIsThirteenPointOFourCyclesAYear() {
        CostRules rules = new CostRules(Quantity.parse("52.143"), RoundingRule.HALF_UP);
        // 772.80 x 52.143 / 4 = 10074.0276.
        assertThat(deployment(Money.parse("772.80"), PaymentFrequency.FOUR_WEEKLY).annualAmount(rules))
                .isEqualTo(Money.parse("10074.03"));
        // 84.00 x 52.143 = 4380.012.
        assertThat(deployment(Money.parse("84.00"), PaymentFrequency.WEEKLY).annualAmount(rules)).isEqualTo(Money.parse("4380.01"));
        assertThat(deployment(Money.parse("84.00"), PaymentFrequency.WEEKLY)
                .annualAmount(new CostRules(Quantity.parse("52.143"), RoundingRule.UP))).isEqualTo(Money.parse("4380.02"));
    }

    @Test
    void refusesANegativePaymentAndKeepsItsNeedsSorted() {
        assertThatThrownBy(() -> deployment(Money.ofPence(-1), PaymentFrequency.MONTHLY))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("money.non-negative");
                    assertThat(e.field()).isEqualTo("amount");
                });
        Deployment d = new Deployment(DeploymentOption.DIRECT_PAYMENT, Money.ZERO, PaymentFrequency.MONTHLY,
                Set.of(NeedId.of("n3"), NeedId.of("n1"), NeedId.of("n2")));
        assertThat(d.needs()).containsExactly(NeedId.of("n1"), NeedId.of("n2"), NeedId.of("n3"));
        assertThatThrownBy(() -> d.needs().add(NeedId.of("n4"))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new Deployment(DeploymentOption.COUNCIL_MANAGED, Money.ZERO, PaymentFrequency.WEEKLY, null).needs()).isEmpty();
        assertThatThrownBy(() -> new Deployment(DeploymentOption.COUNCIL_MANAGED, Money.ZERO, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("frequency"));
    }

    @Test
    void aTopUpIsNeverNegativeAndSaysWhatItIsFor() {
        assertThatThrownBy(() -> new TopUp(TopUpPayer.PERSON, Money.ofPence(-1), "Nicer room"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("money.non-negative"));
        assertThatThrownBy(() -> new TopUp(TopUpPayer.PERSON, Money.ZERO, " "))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("purpose"));
        assertThat(new TopUp(TopUpPayer.THIRD_PARTY, Money.ZERO, "  Nicer room ").purpose()).isEqualTo("Nicer room");
    }

    private static Deployment deployment(Money amount, PaymentFrequency frequency) {
        return new Deployment(DeploymentOption.DIRECT_PAYMENT, amount, frequency, Set.of(NeedId.of("n1")));
    }
}
