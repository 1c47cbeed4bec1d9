package org.supportplan.domain.money;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.supportplan.domain.testdata.PlanGenerators;

/** The money arithmetic's invariants, over generated amounts. */
class MoneyPropertiesTest {

    @Test
    void splittingConservesTheTotalAndNoPartDiffersByMoreThanAPenny() {
        qt().forAll(PlanGenerators.money(), integers().between(1, 1000))
                .checkAssert((total, parts) -> {
                    List<Money> split = total.split(parts);
                    org.assertj.core.api.Assertions.assertThat(split).hasSize(parts);
                    long sum = split.stream().mapToLong(Money::pence).sum();
                    org.assertj.core.api.Assertions.assertThat(sum).isEqualTo(total.pence());
                    long max = split.stream().mapToLong(Money::pence).max().orElseThrow();
                    long min = split.stream().mapToLong(Money::pence).min().orElseThrow();
                    org.assertj.core.api.Assertions.assertThat(max - min).isBetween(0L, 1L);
                });
    }

    @Test
    void splittingGivesTheSparePenceToTheFirstPartsAndEachPartIsTheFloorOrCeilingOfTheShare() {
        qt().forAll(PlanGenerators.money(), integers().between(1, 200))
                .checkAssert((total, parts) -> {
                    List<Money> split = total.split(parts);
                    long floor = Math.floorDiv(total.pence(), parts);
                    for (int i = 0; i < split.size(); i++) {
                        org.assertj.core.api.Assertions.assertThat(split.get(i).pence()).isBetween(floor, floor + 1);
                        if (i > 0) {
                            org.assertj.core.api.Assertions.assertThat(split.get(i)).isLessThanOrEqualTo(split.get(i - 1));
                        }
                    }
                });
    }

    @Test
    void multiplyingByAWholeQuantityIsExactUnderEveryRule() {
        qt().forAll(PlanGenerators.unitCosts(), longs().between(0, 1000), Generate.enumValues(RoundingRule.class))
                .check((amount, whole, rule) -> amount.times(Quantity.of(whole), rule).equals(amount.times(whole)));
    }

    @Test
    void addingThenSubtractingGivesBackTheStart() {
        qt().forAll(PlanGenerators.money(), PlanGenerators.money())
                .check((a, b) -> a.plus(b).minus(b).equals(a) && a.minus(b).plus(b).equals(a)
                        && a.plus(b).equals(b.plus(a)));
    }

    @Test
    void formatThenParseGivesBackTheSameAmount() {
        qt().forAll(longs().between(-Money.MAX_PENCE, Money.MAX_PENCE))
                .check(pence -> Money.parse(Money.ofPence(pence).format()).pence() == pence);
    }

    @Test
    void multiplyingIsMonotonicUnderEveryRoundingRule() {
        qt().forAll(PlanGenerators.unitCosts(), PlanGenerators.unitCosts(), PlanGenerators.quantities(),
                        Generate.enumValues(RoundingRule.class))
                .check((a, b, q, rule) -> {
                    Money low = a.compareTo(b) <= 0 ? a : b;
                    Money high = a.compareTo(b) <= 0 ? b : a;
                    return low.times(q, rule).compareTo(high.times(q, rule)) <= 0;
                });
    }

    @Test
    void roundingStaysWithinOnePennyOfTheExactProductAndOrdersTheRules() {
        qt().forAll(PlanGenerators.unitCosts(), PlanGenerators.quantities())
                .check((amount, q) -> {
                    long down = amount.times(q, RoundingRule.DOWN).pence();
                    long up = amount.times(q, RoundingRule.UP).pence();
                    long halfUp = amount.times(q, RoundingRule.HALF_UP).pence();
                    long halfEven = amount.times(q, RoundingRule.HALF_EVEN).pence();
                    // Exact product in thousandths of a penny, computed independently with long arithmetic.
                    long exactThousandths = amount.pence() * q.thousandths();
                    boolean exact = exactThousandths % 1000 == 0;
                    return down == exactThousandths / 1000
                            && up == down + (exact ? 0 : 1)
                            && halfUp >= down && halfUp <= up
                            && halfEven >= down && halfEven <= up;
                });
    }
    /** The long fast path gives exactly what exact decimal arithmetic gives, or the same refusal, under every rule. */
    @Test
    void aFractionInLongsIsTheFractionInDecimals() {
        org.quicktheories.core.Gen<Long> amounts = longs().between(-Money.MAX_PENCE, Money.MAX_PENCE).mix(longs().between(-5_000, 5_000), 50);
        org.quicktheories.core.Gen<Long> factors = longs().between(-Long.MAX_VALUE, Long.MAX_VALUE).mix(longs().between(-100_000_000, 100_000_000), 70);
        // Small divisors often leave exactly half, which is where the rounding rules differ.
        org.quicktheories.core.Gen<Long> divisors = longs().between(-Long.MAX_VALUE, Long.MAX_VALUE)
                .mix(longs().between(-60_000, 60_000), 70).mix(longs().between(-8, 8), 50);
        qt().withExamples(20_000).forAll(amounts, factors, divisors, Generate.enumValues(RoundingRule.class))
                .checkAssert((pence, numerator, denominator, rule) -> {
                    Money amount = Money.ofPence(pence);
                    org.assertj.core.api.Assertions.assertThat(outcome(() -> amount.timesFraction(numerator, denominator, rule)))
                            .isEqualTo(outcome(() -> amount.timesFraction(java.math.BigDecimal.valueOf(numerator),
                                    java.math.BigDecimal.valueOf(denominator), rule)));
                    org.assertj.core.api.Assertions.assertThat(outcome(() -> amount.times(numerator)))
                            .isEqualTo(outcome(() -> amount.timesFraction(java.math.BigDecimal.valueOf(numerator),
                                    java.math.BigDecimal.ONE, rule)));
                });
    }

    /** Rounding a quotient of whole numbers in longs gives what BigDecimal's division gives, under every rule (ADR 27). */
    @Test
    void aRoundedQuotientIsBigDecimalsQuotient() {
        org.quicktheories.core.Gen<Long> dividends = longs().between(0, Long.MAX_VALUE).mix(longs().between(0, 100_000), 60);
        // Small divisors often leave exactly half, which is where the rules differ; even and odd quotients both occur.
        org.quicktheories.core.Gen<Long> divisors = longs().between(1, Long.MAX_VALUE).mix(longs().between(1, 60_000), 70)
                .mix(longs().between(1, 8), 50);
        qt().withExamples(20_000).forAll(dividends, divisors, Generate.enumValues(RoundingRule.class))
                .checkAssert((dividend, divisor, rule) -> org.assertj.core.api.Assertions.assertThat(rule.quotient(dividend, divisor))
                        .isEqualTo(java.math.BigDecimal.valueOf(dividend).divide(java.math.BigDecimal.valueOf(divisor), 0, rule.mode())
                                .longValueExact()));
    }

    /** A negative dividend or a divisor not above 0 is refused, not rounded the wrong way. */
    @Test
    void aRoundedQuotientRefusesWhatItCannotRound() {
        qt().forAll(longs().between(Long.MIN_VALUE, -1), longs().between(Long.MIN_VALUE, 0), Generate.enumValues(RoundingRule.class))
                .checkAssert((negative, notPositive, rule) -> {
                    org.assertj.core.api.Assertions.assertThatThrownBy(() -> rule.quotient(negative, 7))
                            .isInstanceOf(IllegalArgumentException.class);
                    org.assertj.core.api.Assertions.assertThatThrownBy(() -> rule.quotient(7, notPositive))
                            .isInstanceOf(IllegalArgumentException.class);
                });
    }

    /** A result, or the rule of the refusal. */
    private static String outcome(java.util.function.Supplier<Money> computation) {
        try {
            return computation.get().toString();
        } catch (org.supportplan.domain.validation.InvalidValueException e) {
            return "refused: " + e.ruleId();
        }
    }
}
