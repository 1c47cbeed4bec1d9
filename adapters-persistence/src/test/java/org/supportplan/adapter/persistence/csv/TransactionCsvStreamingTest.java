package org.supportplan.adapter.persistence.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.account.AccountAudit;
import org.supportplan.domain.account.AuditReport;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.testdata.AccountFixtures;
import org.supportplan.domain.testdata.ProfileFixtures;

/**
 * A 100,000-row file is read as a stream: the file is generated as it is read and never exists whole, and
 * each transaction reaches the consumer before the reader has taken more than a small buffer beyond it.
 */
class TransactionCsvStreamingTest {

    private static final int ROWS = 100_000;
    /** Far more than the reader's and Jackson's buffers (a few thousand characters), far less than the file. */
    private static final long MOST_READ_AHEAD = 64 * 1024;

    /** Generates the file row by row as it is read, and knows where each row starts. */
    private static final class GeneratedFile extends InputStream {

        private final long[] rowEnds = new long[ROWS + 2];
        private byte[] current = "date,payee,amount,category,description,reference\n".getBytes(StandardCharsets.UTF_8);
        private int position;
        private int nextRow = 1;
        private long produced;

        GeneratedFile() {
            rowEnds[1] = current.length;
        }

        @Override
        public int read() {
            if (position == current.length && !advance()) {
                return -1;
            }
            produced++;
            return current[position++] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (position == current.length && !advance()) {
                return -1;
            }
            int count = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, count);
            position += count;
            produced += count;
            return count;
        }

        private boolean advance() {
            if (nextRow > ROWS) {
                return false;
            }
            int row = nextRow++;
            LocalDate date = AccountFixtures.FIRST_PAYMENT.plusDays(row % 84);
            String text = row % 1000 == 0
                    ? date + ",Broken row " + row + ",twelve pounds,,,\n"
                    : date + ",Payee " + (row % 13) + ",-" + (row % 5000) / 100 + "." + String.format("%02d", row % 100) + ",food,"
                            + "\"Shopping, row " + row + "\",REF-" + row + "\n";
            current = text.getBytes(StandardCharsets.UTF_8);
            rowEnds[row + 1] = rowEnds[row] + current.length;
            position = 0;
            return true;
        }
    }

    @Test
    void aHundredThousandRowsAreHandedOnOneByOneAsTheFileIsRead() throws IOException {
        GeneratedFile file = new GeneratedFile();
        long[] accepted = {0};
        long[] rejected = {0};
        long[] furthestAhead = {0};

        CsvReadResult result = new TransactionCsvReader().read(file, transaction -> {
            accepted[0]++;
            // Line n is row n - 1; everything up to the end of that row has been read, and at most a buffer more.
            long endOfRow = file.rowEnds[(int) transaction.line()];
            furthestAhead[0] = Math.max(furthestAhead[0], file.produced - endOfRow);
            assertThat(transaction.reference()).isEqualTo("REF-" + (transaction.line() - 1));
        }, problem -> {
            rejected[0]++;
            assertThat(problem.line() - 1).isEqualTo(rejected[0] * 1000);
            assertThat(problem.column()).isEqualTo("amount");
        });

        assertThat(result).isEqualTo(new CsvReadResult.Read(ROWS, ROWS - ROWS / 1000, ROWS / 1000, 0, java.util.List.of(), true));
        assertThat(accepted[0]).isEqualTo(ROWS - ROWS / 1000);
        assertThat(rejected[0]).isEqualTo(ROWS / 1000);
        assertThat(file.produced).isGreaterThan(5_000_000);
        assertThat(furthestAhead[0]).isLessThan(MOST_READ_AHEAD);
    }

    @Test
    void aHundredThousandRowsStreamIntoAnAuditWithExactTotals() throws IOException {
        AccountAudit audit = AccountAudit.start(AccountFixtures.account(), AccountFixtures.history(), ProfileFixtures.bury(),
                AccountFixtures.THREE_CYCLES, Money.ZERO);

        new TransactionCsvReader().readInto(new GeneratedFile(), audit);
        AuditReport report = audit.finish();

        long expectedOut = 0;
        for (int row = 1; row <= ROWS; row++) {
            if (row % 1000 != 0) {
                expectedOut += row % 5000 / 100 * 100 + row % 100;
            }
        }
        assertThat(report.totals().rowsRead()).isEqualTo(ROWS);
        assertThat(report.totals().rejected()).isEqualTo(ROWS / 1000);
        assertThat(report.totals().moneyOut()).isEqualTo(Money.ofPence(expectedOut));
        assertThat(report.totals().refusedSpend()).isEqualTo(Money.ofPence(expectedOut));
        assertThat(report.rejected()).hasSize(AccountAudit.MAX_EXAMPLES);
        assertThat(report.findings()).hasSize(3).allSatisfy(f -> assertThat(f.examples()).hasSize(AccountAudit.MAX_EXAMPLES));
    }
}
