package org.supportplan.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

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
    void positionsCountFromTheTextAsGivenAndInCharactersAPersonSees() {
        // Two leading spaces are trimmed away, but the person typed them: the bell is their fifth character.
        assertThatThrownBy(() -> Check.text("  ab\u0007", "who", 100)).message().contains("position 5");
        // An emoji is one character, though Java holds it in two.
        assertThatThrownBy(() -> Check.text("\uD83D\uDE00\u0007", "who", 100)).message().contains("position 2");
        assertThatThrownBy(() -> Check.text(" \uD83D\uDE00 \uDE00", "who", 100)).message().contains("position 4");
    }

    @Test
    void otherGuardsNameTheFieldAndTheRule() {
        assertThatThrownBy(() -> Check.present(null, "unitCost"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("unitCost");
                    assertThat(e.ruleId()).isEqualTo("value.required");
                    assertThat(e.source()).isEqualTo("supportplan value rules");
                });
        assertThat(Check.present("x", "f")).isEqualTo("x");
        assertThatThrownBy(() -> Check.that(false, "amount", "money.non-negative", "cannot be negative"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("money.non-negative"))
                .hasMessage("cannot be negative");
        Check.that(true, "amount", "money.non-negative", "cannot be negative");
    }

    @Test
    void aNestedRefusalIsPlacedUnderItsParent() {
        InvalidValueException bare = InvalidValueException.of("", "money.range", "too much");
        assertThat(bare.under("supportItems[1]").field()).isEqualTo("supportItems[1]");
        assertThat(InvalidValueException.of("[0]", "value.required", "x").under("risks").field()).isEqualTo("risks[0]");
        InvalidValueException moved = new InvalidValueException("unitCost", "money.non-negative", "Care Act", "negative")
                .under("supportItems[2]");
        assertThat(moved.field()).isEqualTo("supportItems[2].unitCost");
        assertThat(moved.ruleId()).isEqualTo("money.non-negative");
        assertThat(moved.source()).isEqualTo("Care Act");
        assertThat(moved.getMessage()).isEqualTo("negative");
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

    @Test
    void theFastPathForPlainTextAnswersExactlyAsTheFullCheck() {
        // Printable ASCII takes a shortcut: on any text, the answer (or the refusal) must be the full check's.
        char[] alphabet = {'a', 'Z', '0', '~', '!', ' ', '\t', '\n', '\r', '\u0007', '\u001f', '\u007f', '\u0085', '\u00a0',
            '\u2003', '\u3000', '\u00e9', '\uD83D', '\uDE00'};
        Random random = new Random(7);
        for (int run = 0; run < 200_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(3) == 0 ? alphabet[random.nextInt(alphabet.length)] : (char) ('a' + random.nextInt(26)));
            }
            int max = random.nextInt(8);
            String given = text.toString();
            // A trailing tab is trimmed away, changes no position, and keeps the text off the shortcut.
            assertThat(outcome(() -> Check.text(given, "payee", max))).as("%s, at most %d", given.chars().boxed().toList(), max)
                    .isEqualTo(outcome(() -> Check.text(given + "\t", "payee", max)));
        }
    }

    private static String outcome(java.util.function.Supplier<String> check) {
        try {
            return "ok:" + check.get();
        } catch (InvalidValueException e) {
            return e.field() + "|" + e.ruleId() + "|" + e.getMessage();
        }
    }
}
