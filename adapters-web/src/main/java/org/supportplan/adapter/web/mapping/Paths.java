package org.supportplan.adapter.web.mapping;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * Builds domain values from document values so that every refusal names its place in the document,
 * such as {@code supportItems[1].unitCost}: value objects only know their own field, if any.
 */
final class Paths {

    private Paths() {
    }

    /** Builds a nested value; a refusal is re-rooted under {@code field}. */
    static <T> T under(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            throw e.under(field);
        }
    }

    /** Maps each entry of a list (null stays null); a refusal is re-rooted under {@code field[i]}. */
    static <S, T> List<T> each(List<S> values, String field, Function<S, T> map) {
        if (values == null) {
            return null;
        }
        List<T> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            S value = values.get(i);
            try {
                out.add(value == null ? null : map.apply(value));
            } catch (InvalidValueException e) {
                throw e.under(field + "[" + i + "]");
            }
        }
        return out;
    }

    /** Parses a list of links into a sorted set; a refusal names {@code field[i]} itself. */
    static <T extends Comparable<T>> Set<T> links(List<String> values, String field, Function<String, T> parse) {
        Set<T> out = new TreeSet<>();
        for (int i = 0; i < values.size(); i++) {
            try {
                out.add(parse.apply(values.get(i)));
            } catch (InvalidValueException e) {
                throw renamed(e, field + "[" + i + "]");
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** A narrative; a refusal names {@code field} rather than the narrative's own {@code text}. */
    static Narrative narrative(String text, String field) {
        try {
            return Narrative.of(text);
        } catch (InvalidValueException e) {
            throw renamed(e, field);
        }
    }

    /** A list of narratives (null stays null); a refusal names {@code field[i]}. */
    static List<Narrative> narratives(List<String> texts, String field) {
        if (texts == null) {
            return null;
        }
        List<Narrative> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            out.add(texts.get(i) == null ? null : narrative(texts.get(i), field + "[" + i + "]"));
        }
        return out;
    }

    /** An amount; a refusal names {@code field}. */
    static Money money(String text, String field) {
        try {
            return Money.parse(text);
        } catch (InvalidValueException e) {
            throw renamed(e, field);
        }
    }

    /** An ISO date that passed the format pattern; a day that does not exist is refused naming {@code field}. */
    static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            // The text is a date the caller wrote (not personal data), but the parser's message is not ours to echo.
            throw InvalidValueException.of(field, "date.valid", field + " is not a real calendar date (YYYY-MM-DD)");
        }
    }

    /** The same refusal about {@code field}; a message naming the value's own field names the document's instead. */
    private static InvalidValueException renamed(InvalidValueException e, String field) {
        String message = e.getMessage();
        if (!e.field().isEmpty() && message.startsWith(e.field() + " ")) {
            message = field + message.substring(e.field().length());
        }
        InvalidValueException moved = new InvalidValueException(field, e.ruleId(), e.source(), message);
        moved.setStackTrace(e.getStackTrace());
        return moved;
    }
}
