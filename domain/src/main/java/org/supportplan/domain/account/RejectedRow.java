package org.supportplan.domain.account;

import org.supportplan.domain.validation.Check;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * A row the reader could not turn into a transaction, kept in the report so nothing is dropped silently.
 *
 * @param line the 1-based line in the file where the row starts
 * @param reason why, naming the column and the rule
 */
public record RejectedRow(long line, String reason) implements Comparable<RejectedRow> {

    /** Validates. */
    public RejectedRow {
        if (line < 1) {
            throw InvalidValueException.of("line", "transaction.line-positive", "a rejected row's line number is 1 or more");
        }
        reason = Check.text(reason, "reason", 2000);
    }

    @Override
    public int compareTo(RejectedRow other) {
        int byLine = Long.compare(line, other.line);
        return byLine != 0 ? byLine : reason.compareTo(other.reason);
    }

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
