package org.supportplan.adapter.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;

/**
 * Reads a duration setting: ISO-8601 ({@code PT30S}, {@code P1D}, {@code PT1H30M}) or a whole number with one unit,
 * {@code ms}, {@code s}, {@code m}, {@code h} or {@code d} ({@code 500ms}, {@code 30s}, {@code 24h}, {@code 7d}).
 */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,12})(ms|s|m|h|d)");

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    /**
     * Parses {@code value}.
     *
     * @throws CommandLine.TypeConversionException when it is neither form, or too long to count in milliseconds
     */
    public static Duration parse(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        Duration duration;
        Matcher matcher = SHORT.matcher(text);
        try {
            if (matcher.matches()) {
                long amount = Long.parseLong(matcher.group(1));
                duration = switch (matcher.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                };
            } else if (text.startsWith("p") || text.startsWith("-p")) {
                duration = Duration.parse(text.toUpperCase(Locale.ROOT));
            } else {
                throw notADuration(value);
            }
            duration.toMillis(); // the service counts in milliseconds
        } catch (DateTimeParseException | ArithmeticException e) {
            throw notADuration(value);
        }
        return duration;
    }

    private static CommandLine.TypeConversionException notADuration(String value) {
        return new CommandLine.TypeConversionException("'" + value + "' is not a duration: give a whole number with ms, s, m, h "
                + "or d (30s, 24h) or an ISO-8601 duration (PT30S, PT24H)");
    }
}
