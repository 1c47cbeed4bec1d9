package org.supportplan.adapter.cli;

import java.util.Locale;

import org.supportplan.domain.profile.Provenance;
import org.supportplan.domain.profile.Setting;
import org.supportplan.domain.rule.RuleSource;

/** Plain-English labels for enum values and sources in the command line's text output. */
final class Labels {

    private Labels() {
    }

    /** {@code DIRECT_PAYMENT} as "direct payment". */
    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Where a rule comes from, with the kind of source. */
    static String source(RuleSource source) {
        return source.citation() + " (" + of(source.kind()) + ")";
    }

    /** Whether a profile value is the council's own or the national default. */
    static String provenance(Setting<?> setting) {
        return setting.provenance() == Provenance.COUNCIL ? "council's own" : "national default";
    }

    /** {@code text} cut to {@code max} characters with an ellipsis, on one line. */
    static String cut(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= max ? line : line.substring(0, Math.max(0, max - 3)) + "...";
    }
}
