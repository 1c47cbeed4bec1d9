package org.supportplan.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class DurationConverterTest {

    @Test
    void readsAWholeNumberWithAUnitOrISO8601() {
        assertThat(DurationConverter.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(DurationConverter.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(DurationConverter.parse("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(DurationConverter.parse("24h")).isEqualTo(Duration.ofHours(24));
        assertThat(DurationConverter.parse("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(DurationConverter.parse(" 24H ")).isEqualTo(Duration.ofHours(24));
        assertThat(DurationConverter.parse("PT24H")).isEqualTo(Duration.ofHours(24));
        assertThat(DurationConverter.parse("pt1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationConverter.parse("P1D")).isEqualTo(Duration.ofDays(1));
        assertThat(DurationConverter.parse("0s")).isZero();
        assertThat(DurationConverter.parse("PT-5S")).isEqualTo(Duration.ofSeconds(-5)); // the command says it must not be negative
    }

    @Test
    void refusesAnythingElseSayingWhatItTakes() {
        for (String bad : new String[] {"", "24", "h", "24x", "1.5h", "-5s", "24 h", "PT", "P1Y", "1h30m", "999999999999d"}) {
            assertThatThrownBy(() -> DurationConverter.parse(bad)).as(bad)
                    .isInstanceOf(CommandLine.TypeConversionException.class)
                    .hasMessage("'" + bad + "' is not a duration: give a whole number with ms, s, m, h or d (30s, 24h) or an "
                            + "ISO-8601 duration (PT30S, PT24H)");
        }
    }
}
