package org.supportplan.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CheckTest {

    @Test
    void textIsTrimmedAndKeepsWholeCharactersIncludingEmoji() {
        assertThat(Check.text("  Café \uD83D\uDE00 ok \n", "description", 100)).isEqualTo("Café \uD83D\uDE00 ok");
    }

    @Test
    void aLoneSurrogateIsRefusedNamingThePositionNotTheText() {
        assertThatThrownBy(() -> Check.text("secret \uD83D text", "description", 100))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("description");
                    assertThat(e.ruleId()).isEqualTo("text.well-formed");
                })
                .message().contains("position 8").doesNotContain("secret");
    }

    @Test
    void controlCharactersOtherThanLineBreaksAndTabsAreRefused() {
        assertThat(Check.text("line one\nline\ttwo", "text", 100)).isEqualTo("line one\nline\ttwo");
        assertThatThrownBy(() -> Check.text("bell\u0007", "text", 100))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("text.no-control-characters"));
        assertThatThrownBy(() -> Check.text("nul\u0000", "text", 100)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void blankAndOverlongTextAreRefused() {
        assertThatThrownBy(() -> Check.text("   ", "who", 10))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("text.not-blank"));
        assertThatThrownBy(() -> Check.text("x".repeat(11), "who", 10))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("text.max-length"));
        assertThatThrownBy(() -> Check.text(null, "who", 10))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("value.required"));
    }
}
