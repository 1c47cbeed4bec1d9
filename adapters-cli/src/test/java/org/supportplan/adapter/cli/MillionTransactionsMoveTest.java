package org.supportplan.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A council's busiest account, 1,500,000 transactions, moved from one SQLite store to another by the real
 * {@code export} and {@code import} commands, each in a child JVM whose heap cannot grow past 128 MB, far less than
 * the account's rows would take in memory: both directions stream, so both finish, and the moved account holds
 * every row (its audit totals account for each one and every penny). Tagged {@code large}; skip it locally with
 * {@code ./mvnw verify -DexcludedGroups=large}.
 */
@Tag("large")
class MillionTransactionsMoveTest {

    private static final int ROWS = 1_500_000;
    private static final String HEAP = "-Xmx128m";

    @TempDir
    Path dir;

    @Test
    void anAccountOfOneAndAHalfMillionTransactionsMovesInAHeapOf128Megabytes() throws IOException, InterruptedException {
        String from = "jdbc:sqlite:" + dir.resolve("from.db");
        String into = "jdbc:sqlite:" + dir.resolve("into.db");
        Path csv = dir.resolve("year.csv");
        long expectedPence = write(csv);
        String plan = Cli.run("plan", "create", "--file", Path.of("..", "examples", "plans", "derbyshire-agreeable.json").toString(),
                "--store", from).out().strip();
        assertThat(Cli.run("plan", "submit", plan, "--store", from).code()).isZero();
        assertThat(Cli.run("plan", "sign-off", plan, "--by", "CM-0042", "--final-budget", "15500.00", "--store", from).code()).isZero();
        assertThat(Cli.run("account", "open", plan, "--account", "DP-1", "--assessed-by", "CM-0042", "--store", from).code()).isZero();
        Cli.Result imported = Cli.run("account", "import", "DP-1", csv.toString(), "--store", from);
        assertThat(imported.code()).as(imported.err()).isZero();
        Path export = dir.resolve("council.jsonl");

        Result exported = child("export", "--to", export.toString(), "--store", from);
        Result moved = child("import", "--from", export.toString(), "--store", into);

        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.err()).contains(ROWS + " transactions").doesNotContain("OutOfMemoryError");
        assertThat(moved.code()).as(moved.err()).isZero();
        assertThat(moved.err()).contains(ROWS + " transactions").contains("intact").doesNotContain("OutOfMemoryError");
        assertThat(Cli.run("db", "info", "--store", into).out()).containsPattern("transactions\\s+" + ROWS);
        Cli.Result audited = Cli.run("account", "audit", "DP-1", "--from", "2027-01-04", "--to", "2027-12-31", "--json", "--store", into);
        JsonNode totals = new ObjectMapper().readTree(audited.out()).get("totals");
        assertThat(totals.get("transactions").asLong() + totals.get("outsidePeriod").asLong()).isEqualTo(ROWS);
        assertThat(totals.get("net").asText()).isEqualTo(pounds(expectedPence));
    }

    private record Result(int code, String err) {
    }

    /** Runs the command line in a child JVM with a small heap. */
    private Result child(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-cp", System.getProperty("java.class.path"), "org.supportplan.adapter.cli.boot.Main"));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", args) + " did not finish within ten minutes");
        }
        return new Result(process.exitValue(), Files.readString(err));
    }

    /** Writes the file; returns the sum of its amounts in pence (every row falls in 2027). */
    private static long write(Path csv) throws IOException {
        long sum = 0;
        LocalDate first = LocalDate.of(2027, 1, 4);
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write("date,payee,amount,category,description,reference\n");
            for (int i = 0; i < ROWS; i++) {
                long pence = i % 97 == 0 ? 77_280 : -(1_000 + (i * 37L) % 20_000);
                sum += pence;
                out.write(first.plusDays(i % 361) + ",Payee " + i % 50 + "," + pounds(pence) + ",personal-assistant,row " + i + ",R" + i
                        + "\n");
            }
        }
        return sum;
    }

    private static String pounds(long pence) {
        String sign = pence < 0 ? "-" : "";
        long abs = Math.abs(pence);
        return sign + abs / 100 + "." + String.format("%02d", abs % 100);
    }
}
