package org.supportplan.adapter.web;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.supportplan.application.port.Revision;

/**
 * The {@code If-Match} field of a request that changes a plan (RFC 9110 section 13.1.1), read as the plan
 * revisions it allows. The API's entity tags are strong and hold the plan's revision ({@code "3"}), so a
 * weak tag ({@code W/"3"}) or a tag the API never issues ({@code "abc"}) is well formed but matches nothing.
 */
sealed interface IfMatch permits IfMatch.Absent, IfMatch.Malformed, IfMatch.AnyRevision, IfMatch.OneOf {

    /** The header that carries the condition. */
    String FIELD = "If-Match";

    /** One list element: an optional weak prefix and a quoted opaque tag (etagc is %x21 / %x23-7E / obs-text). */
    Pattern ELEMENT = Pattern.compile("\\G[ \\t]*(?:(W/)?\"([\\x21\\x23-\\x7E\\x80-\\xFF]*)\")?[ \\t]*(?:,|$)");

    /** The decimal form the API writes a revision in; anything else (such as {@code "03"}) is not one of its tags. */
    Pattern REVISION = Pattern.compile("[1-9][0-9]{0,18}");

    /** The entity tag of a plan at {@code revision}. */
    static String etag(Revision revision) {
        return "\"" + revision.value() + "\"";
    }

    /**
     * Reads the request's {@code If-Match} field lines (a list may be split over several lines, which
     * RFC 9110 section 5.3 lets a recipient join with commas).
     */
    static IfMatch of(List<String> fieldLines) {
        if (fieldLines.isEmpty()) {
            return new Absent();
        }
        String value = String.join(",", fieldLines).strip();
        if (value.equals("*")) {
            return new AnyRevision();
        }
        Set<Revision> revisions = new LinkedHashSet<>();
        int tags = 0;
        Matcher element = ELEMENT.matcher(value);
        int at = 0;
        while (at < value.length()) {
            if (!element.find(at) || element.start() != at || element.end() == at) {
                return malformed();
            }
            if (element.group(2) != null) {
                tags++;
                if (element.group(1) == null) {
                    revision(element.group(2)).ifPresent(revisions::add);
                }
            }
            at = element.end();
        }
        return tags == 0 ? malformed() : new OneOf(Collections.unmodifiableSet(revisions));
    }

    /** The revision a strong tag's opaque text names, if the API could have issued it. */
    private static Optional<Revision> revision(String opaque) {
        if (!REVISION.matcher(opaque).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Revision(Long.parseLong(opaque)));
        } catch (NumberFormatException beyondLong) {
            return Optional.empty();
        }
    }

    private static Malformed malformed() {
        return new Malformed("If-Match must be * or a comma-separated list of entity tags in double quotes, such as \"3\"");
    }

    /** No {@code If-Match}: the change does not say which revision it is based on. */
    record Absent() implements IfMatch {
    }

    /**
     * An {@code If-Match} that is neither {@code *} nor a list of entity tags.
     *
     * @param reason what the field must look like
     */
    record Malformed(String reason) implements IfMatch {
    }

    /** {@code If-Match: *}: whatever revision is current when the change is made. */
    record AnyRevision() implements IfMatch {
    }

    /**
     * A list of entity tags.
     *
     * @param revisions the revisions named by the strong tags the API could have issued; empty when no tag can match
     */
    record OneOf(Set<Revision> revisions) implements IfMatch {
    }
}
