package org.supportplan.adapter.persistence.csv;

import java.io.BufferedInputStream;
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
 * in memory. A file's identity for imports is the SHA-256 of its bytes.
 */
public final class CsvTransactions {

    private static final TransactionCsvReader READER = new TransactionCsvReader();

    private CsvTransactions() {
    }

    /** The transactions of {@code file}, reporting the bytes read so far to {@code bytesRead} as it goes. */
    public static TransactionSource of(Path file, LongConsumer bytesRead) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(bytesRead, "bytesRead");
        return sink -> {
            try (InputStream in = new Counting(new BufferedInputStream(Files.newInputStream(file), 1 << 16), bytesRead)) {
                return read(in, sink);
            } catch (IOException e) {
                return new TransactionSource.Outcome.Unreadable("cannot read " + file + ": " + e.getMessage());
            }
        };
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
        CsvReadResult result = READER.read(in, sink::accept, problem -> sink.reject(problem.line(), problem.reason()));
        if (result instanceof CsvReadResult.Unreadable unreadable) {
            return new TransactionSource.Outcome.Unreadable(unreadable.problem().toString());
        }
        return new TransactionSource.Outcome.Read(((CsvReadResult.Read) result).rows());
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends FilterInputStream {
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
