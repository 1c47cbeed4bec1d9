package org.supportplan.adapter.persistence.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.LongConsumer;

import org.supportplan.application.port.in.TransactionSource;

/**
 * A CSV file's transactions split into rows on a thread of their own, in batches, a bounded distance ahead of the
 * reading thread, which checks each row and hands it to the sink in the file's order (ADR 26): the two threads share
 * the work of reading, and the sink is only ever called on the thread that reads. A failure on the parsing thread
 * surfaces from {@link #read} as it would have reading in one thread. The first read can be started before it is
 * asked for ({@link #startEarly}), so the file is being parsed while the caller still gets ready for it.
 */
final class ReadAhead implements CsvTransactions.Ahead {

    /** Rows to a batch: large enough that handing batches over costs nothing worth measuring. */
    static final int BATCH = 1_024;
    /** Batches parsed but not yet handed on, at most: about 16,000 rows, a few megabytes, whatever the file's length. */
    static final int BATCHES = 16;

    private final Path file;
    private final Opener opener;
    private final LongConsumer bytesRead;
    private final TransactionCsvReader reader;
    private final int batchRows;
    private final int batches;
    private Pipe early;

    /** Opens the file for each read (tests open streams that fail). */
    @FunctionalInterface
    interface Opener {
        InputStream open(Path file) throws IOException;
    }

    ReadAhead(Path file, LongConsumer bytesRead, TransactionCsvReader reader) {
        this(file, Files::newInputStream, bytesRead, reader, BATCH, BATCHES);
    }

    ReadAhead(Path file, Opener opener, LongConsumer bytesRead, TransactionCsvReader reader, int batchRows, int batches) {
        this.file = Objects.requireNonNull(file, "file");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.bytesRead = Objects.requireNonNull(bytesRead, "bytesRead");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.batchRows = batchRows;
        this.batches = batches;
    }

    /** Starts parsing for the first read now; returns this. */
    ReadAhead startEarly() {
        synchronized (this) {
            if (early == null) {
                early = new Pipe();
            }
        }
        return this;
    }

    @Override
    public TransactionSource.Outcome read(TransactionSource.Sink sink) {
        Pipe pipe;
        synchronized (this) {
            pipe = early != null ? early : new Pipe();
            early = null;
        }
        try {
            return pipe.drainInto(sink);
        } finally {
            pipe.stop();
        }
    }

    @Override
    public void close() {
        Pipe unread;
        synchronized (this) {
            unread = early;
            early = null;
        }
        if (unread != null) {
            unread.stop();
        }
    }

    /** One read of the file: a parsing thread filling a bounded queue of batches. */
    private final class Pipe {

        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(batches);
        private final Thread parser;
        private volatile boolean stopped;

        Pipe() {
            parser = new Thread(this::parse, "transactions-csv " + file.getFileName());
            // A parse nobody waits for any more must not keep the command line from exiting.
            parser.setDaemon(true);
            parser.start();
        }

        /** The parsing thread: every row split into batches, then how the read ended. */
        private void parse() {
            long[] bytes = {0};
            Batches rows = new Batches(bytes);
            Object end;
            try (InputStream in = new CsvTransactions.Counting(new BufferedInputStream(opener.open(file), 1 << 16),
                    count -> bytes[0] = count)) {
                CsvReadResult result = reader.split(in, rows);
                end = result instanceof CsvReadResult.Read read ? new TransactionSource.Outcome.Read(read.rows())
                        : CsvTransactions.outcome(result);
            } catch (Stopped e) {
                return;
            } catch (IOException e) {
                if (stopped) {
                    return;
                }
                end = new TransactionSource.Outcome.Unreadable("cannot read " + file + ": " + e.getMessage());
            } catch (RuntimeException | Error e) {
                end = new Failure(e);
            }
            try {
                rows.flush();
                put(end);
            } catch (Stopped e) {
                // Nobody is reading any more.
            }
        }

        /** Fills batches of split rows and queues each when full. */
        private final class Batches implements TransactionCsvReader.SplitRows {

            private final long[] bytes;
            private TransactionCsvReader.RowCheck check;
            private Batch batch;

            Batches(long[] bytes) {
                this.bytes = bytes;
            }

            @Override
            public void header(TransactionCsvReader.RowCheck rowCheck) {
                check = rowCheck;
            }

            @Override
            public void row(long line, String[] values, int count, String syntaxProblem) {
                Batch to = next();
                int row = to.count++;
                to.lines[row] = line;
                to.counts[row] = count;
                to.syntax[row] = syntaxProblem;
                System.arraycopy(values, 0, to.values, row * check.columns(), check.columns());
                queueIfFull(to);
            }

            @Override
            public void problem(RowProblem problem) {
                Batch to = next();
                to.problems[to.count++] = problem;
                queueIfFull(to);
            }

            private Batch next() {
                if (batch == null) {
                    batch = new Batch(check, batchRows);
                }
                return batch;
            }

            private void queueIfFull(Batch full) {
                if (full.count == batchRows) {
                    flush();
                }
            }

            void flush() {
                if (batch != null && batch.count > 0) {
                    batch.bytes = bytes[0];
                    put(batch);
                }
                batch = null;
            }
        }

        private void put(Object item) {
            try {
                if (stopped) {
                    throw new Stopped();
                }
                queue.put(item);
            } catch (InterruptedException e) {
                throw new Stopped();
            }
        }

        /** Checks every row and hands it on to {@code sink} on this thread, in the file's order; returns how the read ended. */
        TransactionSource.Outcome drainInto(TransactionSource.Sink sink) {
            TransactionCsvReader.AccountRows accepted = (account, transaction) -> sink.accept(transaction);
            java.util.function.Consumer<RowProblem> rejected = problem -> sink.reject(problem.line(), problem.reason());
            while (true) {
                Object item;
                try {
                    item = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while reading " + file, e);
                }
                if (item instanceof Batch batch) {
                    int columns = batch.check.columns();
                    for (int i = 0; i < batch.count; i++) {
                        if (batch.problems[i] != null) {
                            rejected.accept(batch.problems[i]);
                        } else {
                            batch.check.check(batch.lines[i], batch.values, i * columns, batch.counts[i], batch.syntax[i], accepted,
                                    rejected);
                        }
                    }
                    bytesRead.accept(batch.bytes);
                } else if (item instanceof Failure failure) {
                    throw failure.rethrown();
                } else {
                    return (TransactionSource.Outcome) item;
                }
            }
        }

        /** Stops the parsing thread if it is still going (after a full read it has already ended). */
        void stop() {
            stopped = true;
            if (parser.isAlive()) {
                parser.interrupt();
            }
            queue.clear();
        }
    }

    /**
     * Rows in the file's order as split, not yet checked: each row's first line, its values, how many it had and any
     * syntax problem, or a problem where no row could be split; the bytes read by the last; the check for them all.
     */
    private static final class Batch {
        final TransactionCsvReader.RowCheck check;
        final long[] lines;
        final int[] counts;
        final String[] syntax;
        final RowProblem[] problems;
        final String[] values;
        int count;
        long bytes;

        Batch(TransactionCsvReader.RowCheck check, int size) {
            this.check = check;
            lines = new long[size];
            counts = new int[size];
            syntax = new String[size];
            problems = new RowProblem[size];
            values = new String[size * check.columns()];
        }
    }

    /** The parsing thread failed unexpectedly (a bug, or out of memory): the reading thread fails the same way. */
    private record Failure(Throwable cause) {

        RuntimeException rethrown() {
            if (cause instanceof Error error) {
                throw error;
            }
            return (RuntimeException) cause;
        }
    }

    /** The read was abandoned: the parsing thread ends without handing anything more on. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
