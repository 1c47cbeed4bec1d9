package org.supportplan.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A council's year of direct-payment transactions as one export (docs/transactions-csv.md, with the {@code account}
 * column): {@code rows} rows over {@code accounts} accounts, in date order, each account paid 772.80 every four
 * weeks and spending on its assistant, a day centre, food, equipment, now and then gambling, and uncategorised
 * payees. Deterministic: the same arguments write the same bytes.
 */
final class TransactionsFile {

    /** The first day in the file; also the audit period's start. */
    static final LocalDate FIRST_DAY = LocalDate.of(2027, 1, 4);
    /** The last day in the file; also the audit period's end. */
    static final LocalDate LAST_DAY = LocalDate.of(2027, 12, 31);

    private static final List<String> PAYEES = List.of("J. Carter", "Riverside Day Centre", "Corner Shop", "Lucky Star Bingo",
            "Mobility World", "Personal assistant I employ", "Dales Taxis");
    private static final List<String> CATEGORIES = List.of("personal-assistant", "day-service", "food", "gambling", "equipment",
            "personal-assistant", "");

    private TransactionsFile() {
    }

    /** Writes the file unless it is there already with the same size marker; returns the file. */
    static Path ensure(Path folder, int rows, int accounts) throws IOException {
        Path file = folder.resolve("transactions-" + rows + "-" + accounts + ".csv");
        Path done = folder.resolve(file.getFileName() + ".done");
        if (Files.exists(file) && Files.exists(done)) {
            return file;
        }
        Files.createDirectories(folder);
        long started = System.nanoTime();
        int perAccount = rows / accounts;
        int days = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("date,payee,amount,category,description,reference,account\n");
            for (int i = 0; i < rows; i++) {
                int account = i % accounts;
                int k = i / accounts; // this account's k-th row
                LocalDate date = FIRST_DAY.plusDays((long) k * days / Math.max(perAccount, 1));
                String payee;
                String category;
                long pence;
                if (k % 24 == 0) {
                    payee = "Derbyshire County Council";
                    category = "";
                    pence = 77_280;
                } else {
                    int kind = (k + account) % PAYEES.size();
                    payee = PAYEES.get(kind);
                    category = CATEGORIES.get(kind);
                    pence = -(500 + (i * 37L + account) % 9_000);
                }
                out.write(date.toString());
                out.write(',');
                out.write(payee);
                out.write(',');
                out.write(pounds(pence));
                out.write(',');
                out.write(category);
                out.write(",Card payment ");
                out.write(Integer.toString(k));
                out.write(",R");
                out.write(Integer.toString(i));
                out.write(",DP-");
                out.write(Integer.toString(100_000 + account));
                out.write('\n');
            }
        }
        Files.writeString(done, "");
        System.out.printf("  wrote %s (%,d rows, %,d accounts, %s) in %.1f s%n", file.getFileName(), rows, accounts,
                Fmt.megabytes(Files.size(file)), (System.nanoTime() - started) / 1e9);
        return file;
    }

    static String pounds(long pence) {
        long abs = Math.abs(pence);
        long p = abs % 100;
        return (pence < 0 ? "-" : "") + abs / 100 + "." + (p < 10 ? "0" : "") + p;
    }
}
