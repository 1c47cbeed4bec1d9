package org.supportplan.application.port.in;

import org.supportplan.domain.account.Transaction;

/**
 * Where an account's transactions come from (a CSV export, read by an adapter), handed over one row at a
 * time so nothing holds the whole file. A source may be read more than once (to find an audit's period).
 */
@FunctionalInterface
public interface TransactionSource {

    /** Reads every row into {@code sink}: good rows to {@link Sink#accept}, bad ones to {@link Sink#reject}. */
    Outcome read(Sink sink);

    /** Receives the rows of one read. */
    interface Sink {

        /** A row read as a transaction. */
        void accept(Transaction transaction);

        /** A row that could not be read, with its line in the file and why. */
        void reject(long line, String reason);
    }

    /** How a read ended. */
    sealed interface Outcome permits Outcome.Read, Outcome.Unreadable {

        /**
         * The file was read to its end (bad rows included, each reported to the sink).
         *
         * @param rows data rows read
         */
        record Read(long rows) implements Outcome {
        }

        /**
         * The file cannot be read as transactions at all (no header, a required column missing, not text).
         *
         * @param reason why, naming the line where it applies
         */
        record Unreadable(String reason) implements Outcome {
        }
    }
}
