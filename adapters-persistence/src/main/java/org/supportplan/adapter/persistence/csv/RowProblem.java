package org.supportplan.adapter.persistence.csv;

import java.util.Objects;

/**
 * Why one row of a transactions file could not be read: its 1-based line in the file (where the row
 * starts), the column at fault (null when the whole row is), the rule it breaks and a plain-English message.
 *
 * @param line the line where the row starts, counting the header as line 1
 * @param column the column's name, or null for a problem with the whole row
 * @param rule the rule broken, such as {@code transactions-csv.amount-format}
 * @param message what is wrong, for a person to read
 */
public record RowProblem(long line, String column, String rule, String message) {

    /** Validates presence. */
    public RowProblem {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** The column, the message and the rule in one line, such as {@code amount: "12,50" is not ... [transactions-csv.amount-format]}. */
    public String reason() {
        return (column == null ? "" : column + ": ") + message + " [" + rule + "]";
    }

    @Override
    public String toString() {
        return "line " + line + ": " + reason();
    }
}
