package org.supportplan.adapter.persistence.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.supportplan.domain.account.Transaction;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.testdata.PlanGenerators;

/**
 * Any transactions, written as CSV by a standard CSV writer (quoting commas, quotes and line breaks in
 * payees and descriptions), read back as the same transactions, each with the line its row starts on.
 */
class TransactionCsvRoundTripTest {

    private static final List<String> CATEGORIES = List.of("personal-assistant", "food", "gambling", "leisure");

    /** Awkward text: any well-formed characters, sometimes with a comma, a quote and a line break inside. */
    private static Gen<String> awkwardText() {
        return PlanGenerators.text(60).zip(integers().between(0, 3), (text, roll) -> {
            // U+FFFD is how the reader marks bytes that were not UTF-8, so it is not text a file should carry.
            String clean = text.replace('\uFFFD', '?');
            return roll == 0 ? clean + ", \"quoted\"\nnext line" : clean;
        });
    }

    private static Gen<Transaction> transactions() {
        Gen<Object[]> facts = longs().between(0, 3650).zip(longs().between(-500_000, 500_000), Generate.pick(CATEGORIES),
                integers().between(0, 2), (day, pence, category, roll) -> new Object[] {day, pence, category, roll});
        return facts.zip(awkwardText(), awkwardText(), (f, payee, description) -> {
            int roll = (Integer) f[3];
            return new Transaction(1, roll == 0 ? null : "REF-" + f[0], LocalDate.of(2027, 1, 1).plusDays((Long) f[0]), payee,
                    Money.ofPence((Long) f[1]), roll == 1 ? null : SpendCategory.of((String) f[2]), roll == 2 ? null : description);
        });
    }

    /** The file's text, and each transaction as it should read back (with the line its row starts on). */
    private record Written(String text, List<Transaction> expected) {
    }

    private static Written write(List<Transaction> transactions) {
        StringWriter out = new StringWriter();
        List<Transaction> expected = new ArrayList<>();
        try (CsvGenerator csv = new CsvFactory().createGenerator(out)) {
            csv.setSchema(CsvSchema.emptySchema());
            row(csv, "date", "payee", "amount", "category", "description", "reference");
            for (Transaction t : transactions) {
                csv.flush();
                long line = 1 + out.toString().chars().filter(c -> c == '\n').count();
                expected.add(new Transaction(line, t.reference(), t.date(), t.payee(), t.amount(),
                        t.isCategorised() ? t.category() : null, t.description()));
                row(csv, t.date().toString(), t.payee(), t.amount().format(), t.isCategorised() ? t.category().code() : "",
                        t.description(), t.reference() == null ? "" : t.reference());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(out.toString(), expected);
    }

    private static void row(CsvGenerator csv, String... values) throws IOException {
        csv.writeStartArray();
        for (String value : values) {
            csv.writeString(value);
        }
        csv.writeEndArray();
    }

    @Test
    void whatAStandardWriterWritesReadsBackExactlyWithEachRowsLine() {
        TransactionCsvReader reader = new TransactionCsvReader();
        qt().withExamples(300).forAll(lists().of(transactions()).ofSizeBetween(0, 40)).checkAssert(transactions -> {
            Written file = write(transactions);
            List<Transaction> read = new ArrayList<>();
            List<RowProblem> rejected = new ArrayList<>();
            try {
                reader.read(new ByteArrayInputStream(file.text().getBytes(StandardCharsets.UTF_8)), read::add, rejected::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }

            assertThat(rejected).isEmpty();
            assertThat(read).isEqualTo(file.expected());
        });
    }
}
