package org.supportplan.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A year of a busy account, 1,000,000 transactions, audited by the real command line in a child JVM whose heap
 * cannot grow past 256 MB: the audit streams, so it finishes and its totals account for every row. Tagged
 * {@code large}; skip it locally with {@code ./mvnw verify -DexcludedGroups=large}.
 */
@Tag("large")
class MillionTransactionsAuditTest {

    private static final int ROWS = 1_000_000;
    private static final List<String> PAYEES = List.of("A. Patel", "Riverside Day Centre", "Corner Shop", "Lucky Bets Ltd",
            "Mobility World", "B. Jones");
    private static final List<String> CATEGORIES = List.of("personal-assistant", "day-service", "food", "gambling", "", "equipment");

    @TempDir
    Path dir;

    @Test
    void aMillionTransactionsAreAuditedInAHeapOf256Megabytes() throws IOException, InterruptedException {
        Path csv = dir.resolve("year.csv");
        long expectedPence = write(csv);
        Path plan = Path.of("..", "examples", "plans", "derbyshire-agreeable.json").toAbsolutePath();
        Path out = dir.resolve("report.json");
        Path err = dir.resolve("err.txt");

        Process audit = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "org.supportplan.adapter.cli.boot.Main",
                "audit", csv.toString(), "--plan-file", plan.toString(), "--from", "2027-01-04", "--to", "2027-12-31", "--json")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(audit.waitFor(5, TimeUnit.MINUTES)).as("the audit finished within five minutes").isTrue();

        assertThat(audit.exitValue()).as(Files.readString(err)).isEqualTo(ExitCodes.REFUSED);
        assertThat(Files.readString(err)).doesNotContain("OutOfMemoryError");
        JsonNode totals = new ObjectMapper().readTree(out.toFile()).get("totals");
        assertThat(totals.get("rowsRead").asLong()).isEqualTo(ROWS);
        assertThat(totals.get("transactions").asLong() + totals.get("outsidePeriod").asLong()).isEqualTo(ROWS);
        assertThat(totals.get("net").asText()).isEqualTo(pounds(expectedPence));
    }

    /** Writes the file; returns the sum of its amounts in pence (every row falls in the audited period). */
    private static long write(Path csv) throws IOException {
        long sum = 0;
        LocalDate first = LocalDate.of(2027, 1, 4);
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write("date,payee,amount,category,description,reference\n");
            for (int i = 0; i < ROWS; i++) {
                LocalDate date = first.plusDays(i % 361);
                long pence = i % 97 == 0 ? 77_280 : -(1_000 + (i * 37L) % 20_000);
                sum += pence;
                out.write(date + "," + PAYEES.get(i % PAYEES.size()) + "," + pounds(pence) + "," + CATEGORIES.get(i % CATEGORIES.size())
                        + ",row " + i + ",R" + i + "\n");
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
