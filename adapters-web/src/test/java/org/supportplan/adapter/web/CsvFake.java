package org.supportplan.adapter.web;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.supportplan.application.port.in.TransactionSource;
import org.supportplan.domain.account.Transaction;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * A deliberately small stand-in for the persistence adapter's CSV reader, which the web adapter may not name: a
 * header naming {@code date}, {@code payee} and {@code amount} (and optionally {@code category} and
 * {@code reference}), then one row a line, values separated by commas and never quoted. Each rejection reads
 * {@code column: message [rule]} like the real reader's. Tests only.
 */
final class CsvFake implements TransactionReader {

    /** How many times a source was read, over every upload. */
    private final AtomicInteger reads = new AtomicInteger();

    @Override
    public TransactionSource read(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        return sink -> {
            reads.incrementAndGet();
            String[] lines = text.split("\r?\n", -1);
            List<String> header = Arrays.stream(lines[0].split(",", -1)).map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            if (!header.containsAll(List.of("date", "payee", "amount"))) {
                return new TransactionSource.Outcome.Unreadable(
                        "line 1: the header must name the columns date, payee and amount [transactions-csv.header]");
            }
            long rows = 0;
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                rows++;
                long line = i + 1L;
                String[] values = lines[i].split(",", -1);
                if (values.length != header.size()) {
                    sink.reject(line, "the row has " + values.length + " values but the header names " + header.size()
                            + " columns [transactions-csv.column-count]");
                    continue;
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(value(values, header, "date"));
                } catch (DateTimeException e) {
                    sink.reject(line, "date: not a date written yyyy-MM-dd [transactions-csv.date-format]");
                    continue;
                }
                try {
                    Money amount = Money.parse(value(values, header, "amount"));
                    String category = value(values, header, "category");
                    sink.accept(new Transaction(line, value(values, header, "reference"), date, value(values, header, "payee"),
                            amount, category == null || category.isEmpty() ? null : SpendCategory.of(category), null));
                } catch (InvalidValueException e) {
                    String column = e.field().isEmpty() ? "amount" : e.field();
                    sink.reject(line, column + ": not accepted [" + (e.field().isEmpty() ? "transactions-csv.amount-format" : e.ruleId())
                            + "]");
                }
            }
            return new TransactionSource.Outcome.Read(rows);
        };
    }

    /** How many times the sources this reader made were read. */
    int reads() {
        return reads.get();
    }

    private static String value(String[] values, List<String> header, String column) {
        int at = header.indexOf(column);
        return at < 0 ? null : values[at].strip();
    }
}
