package org.supportplan.adapter.persistence.csv;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.LongConsumer;

import org.supportplan.application.port.in.TransactionSource;

/**
 * Adapts the CSV reader ({@code docs/transactions-csv.md}) to the application's {@link TransactionSource}: a
 * file or an uploaded body, read a row at a time each time the source is read, so a million rows never sit
 * in memory. A file is parsed on a thread of its own a bounded number of rows ahead of the sink (ADR 26).
 * A file's identity for imports is the SHA-256 of its bytes.
 */
public final class CsvTransactions {

    private static final TransactionCsvReader READER = new TransactionCsvReader();

    private CsvTransactions() {
    }

    /**
     * A transactions source that is also closed: closing it stops parsing that was started early and never read.
     */
    public interface Ahead extends TransactionSource, AutoCloseable {

        /** Stops a parse started early and not read; a source read to its end has nothing to stop. */
        @Override
        void close();
    }

    /**
     * The transactions of {@code file}, parsed on a thread of their own a bounded number of rows ahead of the sink,
     * which is called on the reading thread in the file's order; the bytes parsed so far go to {@code bytesRead}
     * as rows are handed on.
     */
    public static TransactionSource of(Path file, LongConsumer bytesRead) {
        return new ReadAhead(file, bytesRead, READER);
    }

    /**
     * As {@link #of(Path, LongConsumer)}, with the first read's parsing started now, so the file is being read while
     * the caller gets ready for it (a command line loading the plan and the council's rules). Close it when done.
     */
    public static Ahead startedEarly(Path file, LongConsumer bytesRead) {
        return new ReadAhead(file, bytesRead, READER).startEarly();
    }

    /** The transactions of an uploaded body; the array is not changed. */
    public static TransactionSource of(byte[] csv) {
        Objects.requireNonNull(csv, "csv");
        return sink -> {
            try (InputStream in = new ByteArrayInputStream(csv)) {
                return read(in, sink);
            } catch (IOException e) {
                throw new UncheckedIOException("reading from memory failed", e);
            }
        };
    }

    /** The SHA-256 of the file's bytes in lower-case hex, read in one pass. */
    public static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private static TransactionSource.Outcome read(InputStream in, TransactionSource.Sink sink) throws IOException {
        return outcome(READER.read(in, sink::accept, problem -> sink.reject(problem.line(), problem.reason())));
    }

    static TransactionSource.Outcome outcome(CsvReadResult result) {
        if (result instanceof CsvReadResult.Unreadable unreadable) {
            return new TransactionSource.Outcome.Unreadable(unreadable.problem().toString());
        }
        return new TransactionSource.Outcome.Read(((CsvReadResult.Read) result).rows());
    }

    /** Counts the bytes read through it. */
    static final class Counting extends FilterInputStream {
        private final LongConsumer bytesRead;
        private long count;

        Counting(InputStream in, LongConsumer bytesRead) {
            super(in);
            this.bytesRead = bytesRead;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytesRead.accept(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
                bytesRead.accept(count);
            }
            return n;
        }
    }
}
