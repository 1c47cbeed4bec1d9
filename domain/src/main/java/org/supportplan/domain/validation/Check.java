package org.supportplan.domain.validation;

import java.util.Objects;

/** Small guards used by value objects to validate themselves on construction. */
public final class Check {

    private Check() {
    }

    /** Requires {@code value} to be present; names {@code field} when it is not. */
    public static <T> T present(T value, String field) {
        if (value == null) {
            throw InvalidValueException.of(field, "value.required", field + " is required");
        }
        return value;
    }

    /** Requires non-blank text of at most {@code maxLength} characters, trimmed. */
    public static String text(String value, String field, int maxLength) {
        present(value, field);
        if (printableAscii(value, maxLength)) {
            // Nothing to trim and nothing to refuse: the common case, in one pass (a million-row audit checks three
            // texts a row; docs/performance.md).
            return value;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw InvalidValueException.of(field, "text.not-blank", field + " must not be blank");
        }
        // Positions are counted in characters as a person sees them, in the text as given (before trimming).
        int leading = value.length() - value.stripLeading().length();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < trimmed.length() && Character.isLowSurrogate(trimmed.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                // A lone surrogate is not a character: storage would silently turn it into '?'.
                throw InvalidValueException.of(field, "text.well-formed",
                        field + " has a broken character at position " + position(value, leading + i));
            } else if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw InvalidValueException.of(field, "text.no-control-characters",
                        field + " has a control character at position " + position(value, leading + i));
            }
        }
        if (trimmed.length() > maxLength) {
            throw InvalidValueException.of(field, "text.max-length",
                    field + " must be at most " + maxLength + " characters (was " + trimmed.length() + ")");
        }
        return trimmed;
    }

    // Printable ASCII with no space at either end, and not too long: text the full check would return unchanged.
    private static boolean printableAscii(String value, int maxLength) {
        int length = value.length();
        if (length == 0 || length > maxLength || value.charAt(0) == ' ' || value.charAt(length - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    private static int position(String value, int index) {
        return value.codePointCount(0, index) + 1;
    }

    /** Requires {@code condition}, otherwise refuses {@code field} by {@code ruleId}. */
    public static void that(boolean condition, String field, String ruleId, String message) {
        if (!condition) {
            throw InvalidValueException.of(field, ruleId, Objects.requireNonNull(message));
        }
    }
}
