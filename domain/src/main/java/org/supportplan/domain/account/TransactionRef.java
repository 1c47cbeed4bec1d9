package org.supportplan.domain.account;

import java.util.Comparator;

import org.supportplan.domain.validation.Check;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * How a finding points back at a transaction: the line it started on in the imported file and the
 * reference the bank or card provider gave it, either or both. References order by line, then by
 * reference, so the examples an audit keeps do not depend on the order the rows arrived in.
 *
 * @param line the 1-based line in the file where the row starts, or 0 when not read from a file
 * @param reference the bank's or card provider's reference, or null
 */
public record TransactionRef(long line, String reference) implements Comparable<TransactionRef> {

    /** The longest reference accepted. */
    public static final int MAX_REFERENCE = 100;

    private static final Comparator<String> REFERENCES = Comparator.nullsFirst(Comparator.naturalOrder());

    /** Validates: a line of 0 or more, a blank reference counts as none, and at least one of the two is given. */
    public TransactionRef {
        if (line < 0) {
            throw InvalidValueException.of("line", "transaction.line-positive", "a line number is 1 or more (0 when unknown)");
        }
        reference = reference == null || reference.isBlank() ? null : Check.text(reference, "reference", MAX_REFERENCE);
        if (line == 0 && reference == null) {
            throw InvalidValueException.of("reference", "transaction.traceable",
                    "a transaction needs a line number or a reference, so a finding can point back at it");
        }
    }

    @Override
    public int compareTo(TransactionRef other) {
        int byLine = Long.compare(line, other.line);
        return byLine != 0 ? byLine : REFERENCES.compare(reference, other.reference);
    }

    /** Such as {@code line 17 (ref TX-0042)}. */
    @Override
    public String toString() {
        if (line == 0) {
            return "ref " + reference;
        }
        return reference == null ? "line " + line : "line " + line + " (ref " + reference + ")";
    }
}
