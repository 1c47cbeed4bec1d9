package org.supportplan.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.validation.InvalidValueException;

/** Quantities parse and format exactly, in thousandths, and refuse anything else by name. */
class QuantityTest {

    @Test
    void formattingThenParsingGivesBackEveryQuantity() {
        qt().forAll(longs().between(0, Quantity.MAX_THOUSANDTHS)).checkAssert(thousandths -> {
            Quantity quantity = new Quantity(thousandths);
            String text = quantity.toString();
            assertThat(Quantity.parse(text)).isEqualTo(quantity);
            assertThat(text).doesNotContain("E").doesNotEndWith(".").matches("\\d+(\\.\\d*[1-9])?");
            assertThat(quantity.toBigDecimal()).isEqualByComparingTo(BigDecimal.valueOf(thousandths).movePointLeft(3));
        });
    }

    @Test
    void formatsWithoutTrailingZeros() {
        assertThat(Quantity.parse("007.500").toString()).isEqualTo("7.5");
        assertThat(Quantity.parse("100").toString()).isEqualTo("100");
        assertThat(Quantity.parse("0.000").toString()).isEqualTo("0");
        assertThat(Quantity.parse("52.143").toString()).isEqualTo("52.143");
        assertThat(Quantity.of(1_000_000_000).toString()).isEqualTo("1000000000");
        assertThat(Quantity.parse("0").isZero()).isTrue();
        assertThat(Quantity.parse("0.001").isZero()).isFalse();
        assertThat(Quantity.parse("2").compareTo(Quantity.parse("10"))).isNegative();
    }

    @Test
    void refusesTextThatIsNotAPlainDecimalNamingTheRule() {
        for (String bad : new String[] {"-1", "1.2345", "1e3", " 1", "1 ", "", "1,5", "+1", ".5", "5.", "NaN", "½", "１"}) {
            assertThatThrownBy(() -> Quantity.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("quantity.format"))
                    .hasMessageContaining("plain number");
        }
        assertThatThrownBy(() -> Quantity.parse(null)).hasMessageContaining("was nothing");
        assertThatThrownBy(() -> Quantity.parse("x".repeat(100))).hasMessageContaining("...");
    }

    @Test
    void refusesQuantitiesOutOfRange() {
        assertThatThrownBy(() -> Quantity.parse("9999999999"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("quantity.range"));
        assertThatThrownBy(() -> Quantity.of(-1))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("quantity.range"));
        assertThatThrownBy(() -> Quantity.of(1_000_000_001))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("quantity.range"));
        assertThatThrownBy(() -> new Quantity(-1))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("quantity.non-negative"));
        assertThat(Quantity.parse("1000000000").thousandths()).isEqualTo(Quantity.MAX_THOUSANDTHS);
    }
}
