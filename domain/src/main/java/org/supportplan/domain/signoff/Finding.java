package org.supportplan.domain.signoff;

import java.util.Comparator;

import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.validation.Check;

/**
 * One reason a plan cannot yet be agreed: the rule, where it comes from, a plain-English message and
 * the path of what is wrong in the plan. Findings sort by path as a person reads the plan (list
 * indexes by number, so {@code [2]} comes before {@code [10]}), then by rule, then by message.
 *
 * @param rule the rule's id
 * @param source where the rule comes from
 * @param message what is wrong, for a person to read
 * @param path where in the plan, as a JSON path such as {@code $.supportItems[2]}
 */
public record Finding(RuleId rule, RuleSource source, String message, String path) implements Comparable<Finding> {

    // The tail (message, source) keeps the order total and consistent with equals: several questions can
    // point at the same section with the same rule, and a sorted set must not merge them.
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path, Finding::comparePaths)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message)
            .thenComparing(f -> f.source().kind())
            .thenComparing(f -> f.source().citation());

    /** Validates; the message is kept without surrounding white space. */
    public Finding {
        Check.present(rule, "rule");
        Check.present(source, "source");
        message = Check.text(message, "message", 2000);
        Check.present(path, "path");
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    /** Compares paths character by character, except that runs of digits compare as numbers. */
    static int comparePaths(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byNumber = compareNumbers(a.substring(i, endA), b.substring(j, endB));
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        // Equal by value but written differently ("01" and "1"): fall back to the text so only equal paths compare 0.
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int compareNumbers(String a, String b) {
        String x = a.replaceFirst("^0+(?=.)", "");
        String y = b.replaceFirst("^0+(?=.)", "");
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }
}
