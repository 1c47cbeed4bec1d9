package org.supportplan.adapter.persistence.csv;

import java.util.List;

/** What reading a transactions file came to: read row by row, or unreadable as a whole (no usable header). */
public sealed interface CsvReadResult permits CsvReadResult.Read, CsvReadResult.Unreadable {

    /**
     * The file was read. Every row after the header was either accepted or rejected (blank lines aside):
     * {@code rows == accepted + rejected}.
     *
     * @param rows rows after the header, blank lines excluded
     * @param accepted rows handed on as transactions
     * @param rejected rows handed to the reject callback
     * @param blankLines lines with nothing on them, skipped
     * @param ignoredColumns header columns that are not part of the format, ignored
     * @param complete false when the file broke off so badly that reading stopped (the last rejected row says where)
     */
    record Read(long rows, long accepted, long rejected, long blankLines, List<String> ignoredColumns, boolean complete)
            implements CsvReadResult {

        /** Copies. */
        public Read {
            ignoredColumns = List.copyOf(ignoredColumns);
        }
    }

    /**
     * The file cannot be read at all; nothing was handed on.
     *
     * @param problem what is wrong, on which line
     */
    record Unreadable(RowProblem problem) implements CsvReadResult {
    }
}
