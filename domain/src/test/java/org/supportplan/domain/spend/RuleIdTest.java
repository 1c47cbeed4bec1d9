package org.supportplan.domain.spend;

import org.supportplan.domain.rule.RuleId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.supportplan.domain.validation.InvalidValueException;

/** Rule ids are lower-case dotted words, so every refusal can be looked up. */
class RuleIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"spend.gambling", "lifecycle.agree-checked", "bury.spend.takeaways", "a.b", "a1.2b", "a.b.c.d.e.f",
            "signoff.cost-above-top-ups"})
    void acceptsLowerCaseDottedWords(String value) {
        RuleId id = RuleId.of(value);
        assertThat(id.value()).isEqualTo(value);
        assertThat(id).hasToString(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"spend", "Spend.gambling", "spend..gambling", "spend.-gambling", ".spend", "spend.", "1spend.x",
            "spend.gam bling", "spend_gambling.x", "a.b.c.d.e.f.g", "spend.gambling\n", ""})
    void refusesAnythingElse(String value) {
        assertThatThrownBy(() -> RuleId.of(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("rule-id.format");
                    assertThat(e.field()).isEqualTo("rule");
                });
    }

    @org.junit.jupiter.api.Test
    void refusesNothingAndOverlongIds() {
        assertThatThrownBy(() -> RuleId.of(null)).isInstanceOf(InvalidValueException.class);
        String eighty = "a." + "b".repeat(78);
        assertThat(RuleId.of(eighty).value()).hasSize(80);
        assertThatThrownBy(() -> RuleId.of(eighty + "b")).isInstanceOf(InvalidValueException.class);
        assertThat(RuleId.of("a.b").compareTo(RuleId.of("a.c"))).isNegative();
    }
}
