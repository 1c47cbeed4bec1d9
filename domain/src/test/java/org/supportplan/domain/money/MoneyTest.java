package org.supportplan.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.validation.InvalidValueException;

class MoneyTest {

    @Test
    void parsesAndFormatsPoundsAndPence() {
        assertThat(Money.parse("1234.56").pence()).isEqualTo(123456);
        assertThat(Money.parse("1234.5").format()).isEqualTo("1234.50");
        assertThat(Money.parse("7").format()).isEqualTo("7.00");
        assertThat(Money.parse("-0.05").format()).isEqualTo("-0.05");
        assertThat(Money.ofPence(-105).format()).isEqualTo("-1.05");
    }

    @Test
    void refusesAmountsThatAreNotPoundsAndPence() {
        for (String bad : new String[] {"1.234", "£12", "1,000.00", "1e3", "", " 12", "12.", "NaN", "0x10"}) {
            assertThatThrownBy(() -> Money.parse(bad))
                    .as(bad)
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("pounds and pence")
                    .extracting(e -> ((InvalidValueException) e).ruleId()).isEqualTo("money.format");
        }
        assertThatThrownBy(() -> Money.parse(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void multipliesByAQuantityWithTheNamedRounding() {
        Money rate = Money.parse("18.45");
        Quantity hours = Quantity.parse("10.5");
        // 1845 x 10.5 = 19372.5 pence: the rule decides the half penny.
        assertThat(rate.times(hours, RoundingRule.HALF_UP)).isEqualTo(Money.ofPence(19373));
        assertThat(rate.times(hours, RoundingRule.HALF_EVEN)).isEqualTo(Money.ofPence(19372));
        assertThat(rate.times(hours, RoundingRule.DOWN)).isEqualTo(Money.ofPence(19372));
        assertThat(rate.times(hours, RoundingRule.UP)).isEqualTo(Money.ofPence(19373));
    }

    @Test
    void splitsSpreadingTheSparePenceOverTheFirstParts() {
        assertThat(Money.parse("100.00").split(3))
                .containsExactly(Money.ofPence(3334), Money.ofPence(3333), Money.ofPence(3333));
        assertThat(Money.ofPence(-10).split(4))
                .containsExactly(Money.ofPence(-2), Money.ofPence(-2), Money.ofPence(-3), Money.ofPence(-3));
        assertThatThrownBy(() -> Money.ofPence(10).split(0)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesToOverflow() {
        Money max = Money.ofPence(Money.MAX_PENCE);
        assertThatThrownBy(() -> max.plus(Money.ofPence(1))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Money.ofPence(Long.MAX_VALUE)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aProductBeyondTheRangeIsRefusedByTheMoneyRuleNotAnArithmeticError() {
        Money max = Money.ofPence(Money.MAX_PENCE);
        java.util.List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> overflows = java.util.List.of(
                () -> max.times(Quantity.of(1_000_000_000), RoundingRule.HALF_UP),
                () -> max.times(Long.MAX_VALUE),
                () -> max.times(2),
                () -> max.timesFraction(java.math.BigDecimal.valueOf(Long.MAX_VALUE), java.math.BigDecimal.ONE, RoundingRule.DOWN),
                () -> max.dividedBy(new Quantity(1), RoundingRule.UP),
                () -> Money.ofPounds(Long.MAX_VALUE),
                () -> Money.ofPounds(-1_000_000_000_001L));
        for (org.assertj.core.api.ThrowableAssert.ThrowingCallable overflow : overflows) {
            assertThatThrownBy(overflow)
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("money.range"));
        }
        assertThat(Money.ofPounds(1_000_000_000_000L).pence()).isEqualTo(Money.MAX_PENCE);
        assertThat(max.times(-1)).isEqualTo(Money.ofPence(-Money.MAX_PENCE));
    }

    @Test
    void timesAFractionRoundsOnceFromTheExactValue() {
        // 100.00 x 12 / 52.143 = 23.0136... pounds: one rounding of the exact quotient.
        Money weekly = Money.parse("100.00").timesFraction(java.math.BigDecimal.valueOf(12), new java.math.BigDecimal("52.143"),
                RoundingRule.HALF_UP);
        assertThat(weekly).isEqualTo(Money.parse("23.01"));
        assertThat(Money.ofPence(1).timesFraction(java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(2), RoundingRule.HALF_EVEN))
                .isEqualTo(Money.ZERO);
        assertThat(Money.ofPence(3).timesFraction(java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(2), RoundingRule.HALF_EVEN))
                .isEqualTo(Money.ofPence(2));
        assertThatThrownBy(() -> Money.ofPence(1).timesFraction(java.math.BigDecimal.ONE, java.math.BigDecimal.ZERO, RoundingRule.UP))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("quantity.non-zero"));
    }

    @Test
    void comparesAndReportsItsSign() {
        assertThat(Money.ofPence(-1).isNegative()).isTrue();
        assertThat(Money.ZERO.isNegative()).isFalse();
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.ofPence(2).isGreaterThan(Money.ofPence(1))).isTrue();
        assertThat(Money.ofPence(1).isGreaterThan(Money.ofPence(1))).isFalse();
        assertThat(Money.ofPence(1).max(Money.ofPence(-5))).isEqualTo(Money.ofPence(1));
        assertThat(Money.ofPence(-5).max(Money.ofPence(1))).isEqualTo(Money.ofPence(1));
        assertThat(Money.ofPence(7).compareTo(Money.ofPence(9))).isNegative();
        assertThat(Money.parse("12.30").toString()).isEqualTo("12.30");
    }

    @Test
    void dividesByAQuantity() {
        assertThat(Money.parse("100.00").dividedBy(Quantity.of(3), RoundingRule.HALF_UP)).isEqualTo(Money.ofPence(3333));
        assertThatThrownBy(() -> Money.ofPence(1).dividedBy(Quantity.of(0), RoundingRule.HALF_UP))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void quantitiesParseAndFormatExactly() {
        assertThat(Quantity.parse("52.143").thousandths()).isEqualTo(52143);
        assertThat(Quantity.parse("12.50").toString()).isEqualTo("12.5");
        assertThat(Quantity.of(3).toString()).isEqualTo("3");
        assertThatThrownBy(() -> Quantity.parse("-1")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Quantity.parse("1.2345")).isInstanceOf(InvalidValueException.class);
    }
}
