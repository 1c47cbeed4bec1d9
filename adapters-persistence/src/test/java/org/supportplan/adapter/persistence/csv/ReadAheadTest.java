package org.supportplan.adapter.persistence.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.supportplan.application.port.in.TransactionSource;
import org.supportplan.domain.account.Transaction;

/**
 * Reading a file with its rows split on another thread ({@link ReadAhead}, ADR 26) hands the sink exactly what reading
 * it in one thread does, in the same order, with the same lines and reasons; failures on the splitting thread surface
 * on the reading one; the splitting thread stays a bounded distance ahead and stops when the read is abandoned.
 */
class ReadAheadTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "transactions");
    private static final TransactionCsvReader READER = new TransactionCsvReader();

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyExampleReadsAsInOneThread() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(EXAMPLES)) {
            files = listed.filter(file -> file.toString().endsWith(".csv")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(5);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            List<String> inOneThread = events(CsvTransactions.of(Files.readAllBytes(file)));
            // Batches of 2, two at most in the queue: most rows cross a batch boundary or wait on a full queue.
            assertThat(events(new ReadAhead(file, Files::newInputStream, bytes -> { }, READER, 2, 2))).isEqualTo(inOneThread);
            assertThat(events(CsvTransactions.of(file, bytes -> { }))).isEqualTo(inOneThread);
        }));
    }

    @Test
    void badRowsAmongManyBatchesKeepTheirLinesAndReasons() throws IOException {
        Path file = dir.resolve("mixed.csv");
        StringBuilder csv = new StringBuilder("date,payee,amount,category,description,reference\n");
        for (int i = 0; i < 5_000; i++) {
            switch (i % 7) {
                case 0 -> csv.append("2027-02-30,Shop,-1.00,food,,R").append(i).append('\n');
                case 1 -> csv.append("2027-01-05,Shop,£1.00,food,,R").append(i).append('\n');
                case 2 -> csv.append("2027-01-05,Shop,-1.00,food,\"two\nlines\",R").append(i).append('\n');
                case 3 -> csv.append("2027-01-05,Shop,-1.00\n");
                case 4 -> csv.append('\n');
                case 5 -> csv.append("2027-01-05,\"Sh\"op,-1.00,food,,R").append(i).append('\n');
                default -> csv.append("2027-01-05,Shop,-1.00,Food,,R").append(i).append('\n');
            }
        }
        Files.writeString(file, csv);
        List<String> inOneThread = events(CsvTransactions.of(Files.readAllBytes(file)));
        assertThat(inOneThread).anyMatch(event -> event.startsWith("reject 3:"));
        assertThat(events(new ReadAhead(file, Files::newInputStream, bytes -> { }, READER, 7, 3))).isEqualTo(inOneThread);
        assertThat(events(CsvTransactions.of(file, bytes -> { }))).isEqualTo(inOneThread);
    }

    @Test
    void aStartedEarlySourceCanBeReadAgainAndReportsTheBytesRead() throws IOException {
        Path file = EXAMPLES.resolve("unplanned-spend.csv");
        AtomicLong bytes = new AtomicLong();
        try (CsvTransactions.Ahead source = CsvTransactions.startedEarly(file, bytes::set)) {
            List<String> first = events(source);
            assertThat(bytes.get()).isEqualTo(Files.size(file));
            assertThat(events(source)).isEqualTo(first).isEqualTo(events(CsvTransactions.of(Files.readAllBytes(file))));
        }
    }

    @Test
    void aFileThatCannotBeReadIsUnreadableAfterTheRowsBeforeTheFailure() throws IOException {
        Path file = dir.resolve("broken.csv");
        IOException gone = new IOException("the disk went away");
        ReadAhead source = new ReadAhead(file, path -> brokenAfterThreeRows(gone), bytes -> { }, READER, 1, 1);
        List<String> events = events(source);
        assertThat(events).startsWith("accept 2 2027-01-05 Shop -1.00", "accept 3 2027-01-06 Shop -2.00")
                .endsWith("outcome " + new TransactionSource.Outcome.Unreadable("cannot read " + file + ": the disk went away"));
        // As reading in one thread: the rows before the failure, then the file is unreadable.
        List<String> inOneThread = new ArrayList<>();
        assertThatThrownBy(() -> READER.read(brokenAfterThreeRows(gone), sink(inOneThread)::accept,
                problem -> inOneThread.add("reject " + problem.line() + ": " + problem.reason()))).isSameAs(gone);
        assertThat(events.subList(0, events.size() - 1)).isEqualTo(inOneThread);
        assertThat(CsvTransactions.of(dir.resolve("missing.csv"), bytes -> { }).read(sink(new ArrayList<>())))
                .isInstanceOfSatisfying(TransactionSource.Outcome.Unreadable.class,
                        unreadable -> assertThat(unreadable.reason()).startsWith("cannot read " + dir.resolve("missing.csv") + ": "));
    }

    @Test
    void anUnexpectedFailureOnTheSplittingThreadIsThrownOnTheReadingThread() {
        IllegalStateException bug = new IllegalStateException("a bug in the parser");
        ReadAhead source = new ReadAhead(dir.resolve("x.csv"), path -> brokenAfterThreeRows(bug), bytes -> { }, READER, 1, 1);
        List<String> events = new ArrayList<>();
        assertThatThrownBy(() -> source.read(sink(events))).isSameAs(bug);
        List<String> inOneThread = new ArrayList<>();
        assertThatThrownBy(() -> READER.read(brokenAfterThreeRows(bug), sink(inOneThread)::accept,
                problem -> inOneThread.add("reject " + problem.line() + ": " + problem.reason()))).isSameAs(bug);
        assertThat(events).isEqualTo(inOneThread).startsWith("accept 2 2027-01-05 Shop -1.00");
    }

    @Test
    void aSinkThatFailsStopsTheSplittingThread() throws InterruptedException {
        ReadAhead source = new ReadAhead(dir.resolve("endless.csv"), path -> endless(new AtomicLong()), bytes -> { }, READER, 4, 2);
        RuntimeException refused = new RuntimeException("the audit gave up");
        assertThatThrownBy(() -> source.read(new TransactionSource.Sink() {
            @Override
            public void accept(Transaction transaction) {
                throw refused;
            }

            @Override
            public void reject(long line, String reason) {
            }
        })).isSameAs(refused);
        awaitNoSplittingThread();
    }

    @Test
    void aReadStartedEarlyStaysABoundedDistanceAheadAndStopsWhenClosedUnread() throws InterruptedException {
        AtomicLong produced = new AtomicLong();
        ReadAhead source = new ReadAhead(dir.resolve("endless.csv"), path -> endless(produced), bytes -> { }, READER, 4, 2)
                .startEarly();
        Thread.sleep(300);
        long ahead = produced.get();
        Thread.sleep(300);
        // Nobody reads: the splitting thread waits on a full queue, having read its buffers' worth and no more.
        assertThat(produced.get()).isEqualTo(ahead).isLessThan(200_000);
        source.close();
        awaitNoSplittingThread();
    }

    private static List<String> events(TransactionSource source) {
        List<String> events = new ArrayList<>();
        TransactionSource.Outcome outcome = source.read(sink(events));
        events.add("outcome " + outcome);
        return events;
    }

    private static TransactionSource.Sink sink(List<String> events) {
        return new TransactionSource.Sink() {
            @Override
            public void accept(Transaction t) {
                events.add("accept " + t.line() + " " + t.date() + " " + t.payee() + " " + t.amount().format()
                        + (t.isCategorised() ? " " + t.category().code() : "") + (t.description().isEmpty() ? "" : " " + t.description())
                        + (t.reference() == null ? "" : " " + t.reference()));
            }

            @Override
            public void reject(long line, String reason) {
                events.add("reject " + line + ": " + reason);
            }
        };
    }

    /** A header and three rows, then a failure. */
    private static InputStream brokenAfterThreeRows(Exception failure) {
        byte[] start = "date,payee,amount\n2027-01-05,Shop,-1.00\n2027-01-06,Shop,-2.00\n2027-01-07,Shop,-3.00\n"
                .getBytes(StandardCharsets.UTF_8);
        return new SequenceInputStream(new ByteArrayInputStream(start), failing(failure));
    }

    /** A stream that fails as soon as it is read. */
    private static InputStream failing(Exception failure) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                if (failure instanceof IOException io) {
                    throw io;
                }
                throw (RuntimeException) failure;
            }
        };
    }

    /** A header, then good rows for ever; counts the bytes handed out. */
    private static InputStream endless(AtomicLong produced) {
        byte[] header = "date,payee,amount\n".getBytes(StandardCharsets.UTF_8);
        byte[] row = "2027-01-05,Shop,-1.00\n".getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long at;

            @Override
            public int read() {
                long index = at++;
                produced.incrementAndGet();
                return index < header.length ? header[(int) index] : row[(int) ((index - header.length) % row.length)];
            }
        };
    }

    private static void awaitNoSplittingThread() throws InterruptedException {
        for (int i = 0; i < 200 && splitting(); i++) {
            Thread.sleep(10);
        }
        assertThat(splitting()).as("a transactions-csv thread is still running").isFalse();
    }

    private static boolean splitting() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().startsWith("transactions-csv endless.csv") && thread.isAlive());
    }
}
