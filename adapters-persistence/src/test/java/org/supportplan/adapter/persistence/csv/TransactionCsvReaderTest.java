package org.supportplan.adapter.persistence.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.account.AccountAudit;
import org.supportplan.domain.account.AuditReport;
import org.supportplan.domain.account.RejectedRow;
import org.supportplan.domain.account.Transaction;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.testdata.AccountFixtures;
import org.supportplan.domain.testdata.ProfileFixtures;

/** Reading transactions files: good rows, every kind of bad row with its line, and awkward but valid files. */
class TransactionCsvReaderTest {

    private static final String HEADER = "date,payee,amount,category,description,reference\n";

    private final TransactionCsvReader reader = new TransactionCsvReader();

    /** What one read handed on. */
    private record Outcome(CsvReadResult result, List<Transaction> accepted, List<RowProblem> rejected) {

        CsvReadResult.Read read() {
            assertThat(result).isInstanceOf(CsvReadResult.Read.class);
            return (CsvReadResult.Read) result;
        }

        RowProblem unreadable() {
            assertThat(result).isInstanceOf(CsvReadResult.Unreadable.class);
            assertThat(accepted).isEmpty();
            assertThat(rejected).isEmpty();
            return ((CsvReadResult.Unreadable) result).problem();
        }
    }

    private Outcome read(byte[] bytes) throws IOException {
        List<Transaction> accepted = new ArrayList<>();
        List<RowProblem> rejected = new ArrayList<>();
        CsvReadResult result = reader.read(new ByteArrayInputStream(bytes), accepted::add, rejected::add);
        return new Outcome(result, accepted, rejected);
    }

    private Outcome read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aGoodFileGivesOneTransactionPerRowWithItsLine() throws IOException {
        Outcome outcome = read(HEADER
                + "2027-01-04,Derbyshire County Council,772.80,,Direct payment,DP-0001\n"
                + "2027-01-08,A. Patel,-193.20,personal-assistant,Wages week 1,\n"
                + "2027-01-09,Corner Shop,-4.5,food,,TX-77\n"
                + "2027-01-10,Bus company,-2,transport,,\n");

        assertThat(outcome.rejected()).isEmpty();
        assertThat(outcome.read()).isEqualTo(new CsvReadResult.Read(4, 4, 0, 0, List.of(), true));
        assertThat(outcome.accepted()).containsExactly(
                new Transaction(2, "DP-0001", LocalDate.of(2027, 1, 4), "Derbyshire County Council", Money.parse("772.80"), null,
                        "Direct payment"),
                new Transaction(3, null, LocalDate.of(2027, 1, 8), "A. Patel", Money.parse("-193.20"),
                        SpendCategory.of("personal-assistant"), "Wages week 1"),
                new Transaction(4, "TX-77", LocalDate.of(2027, 1, 9), "Corner Shop", Money.parse("-4.50"), SpendCategory.of("food"), null),
                new Transaction(5, null, LocalDate.of(2027, 1, 10), "Bus company", Money.parse("-2.00"), SpendCategory.of("transport"),
                        null));
        assertThat(outcome.accepted().get(0).category()).isEqualTo(Transaction.UNCATEGORISED);
    }

    @Test
    void theColumnsMayComeInAnyOrderWithOptionalOnesLeftOutAndOthersIgnored() throws IOException {
        Outcome outcome = read(" Amount ,Balance,DATE,Payee\n-12.00,100.00,2027-02-01,Chemist\n");

        assertThat(outcome.read().ignoredColumns()).containsExactly("Balance");
        assertThat(outcome.accepted()).containsExactly(Transaction.of(2, LocalDate.of(2027, 2, 1), "Chemist", Money.parse("-12.00"),
                null, null));
    }

    @Test
    void everyKindOfBadRowIsRejectedWithItsLineColumnAndRuleAndTheRestIsRead() throws IOException {
        Outcome outcome = read(HEADER
                + "2027-01-04,Council,772.80,,,\n"                          // 2 good
                + "04/01/2027,Shop,-1.00,,,\n"                              // 3 date format
                + "2027-02-30,Shop,-1.00,,,\n"                              // 4 no such day
                + "2027-01-05,Shop,£12.50,,,\n"                             // 5 currency sign
                + "2027-01-05,Shop,\"1,250.00\",,,\n"                       // 6 thousands separator
                + "2027-01-05,Shop,-1.234,,,\n"                             // 7 three decimals
                + "2027-01-05,Shop,,,,\n"                                   // 8 amount missing
                + ",Shop,-1.00,,,\n"                                        // 9 date missing
                + "2027-01-05,  ,-1.00,,,\n"                                // 10 payee blank
                + "2027-01-05,Shop,-1.00,Food Shopping,,\n"                 // 11 category not a code
                + "2027-01-05,Shop,-1.00,,\n"                               // 12 too few values
                + "2027-01-05,Shop,-1.00,,,,extra\n"                        // 13 too many values
                + "2027-01-05,\"Sh\"op,-1.00,,,\n"                          // 14 stray characters after a quote
                + "2027-01-05," + "x".repeat(201) + ",-1.00,,,\n"           // 15 payee too long
                + "2027-01-05,Shop,-99999999999999.00,,,\n"                 // 16 beyond any amount
                + "2027-01-05,Shop,-1.00,,,\n");                            // 17 good

        assertThat(outcome.accepted()).extracting(Transaction::line).containsExactly(2L, 17L);
        assertThat(outcome.rejected()).extracting(RowProblem::line, RowProblem::column, RowProblem::rule).containsExactly(
                tuple(3, "date", "transactions-csv.date-format"),
                tuple(4, "date", "transactions-csv.date-real"),
                tuple(5, "amount", "transactions-csv.amount-format"),
                tuple(6, "amount", "transactions-csv.amount-format"),
                tuple(7, "amount", "transactions-csv.amount-format"),
                tuple(8, "amount", "transactions-csv.required"),
                tuple(9, "date", "transactions-csv.required"),
                tuple(10, "payee", "transactions-csv.required"),
                tuple(11, "category", "spend-category.format"),
                tuple(12, null, "transactions-csv.column-count"),
                tuple(13, null, "transactions-csv.column-count"),
                tuple(14, null, "transactions-csv.syntax"),
                tuple(15, "payee", "text.max-length"),
                tuple(16, "amount", "transactions-csv.amount-format"));
        assertThat(outcome.read()).isEqualTo(new CsvReadResult.Read(16, 2, 14, 0, List.of(), true));
        assertThat(outcome.rejected().get(0).reason())
                .isEqualTo("date: \"04/01/2027\" is not a date written yyyy-MM-dd, such as 2027-01-31 [transactions-csv.date-format]");
        assertThat(outcome.rejected().get(2).reason()).startsWith("amount: \"£12.50\" is not an amount").contains("-45.00");
        assertThat(outcome.rejected().get(8).message()).contains("\"Food Shopping\"", "lower-case");
        assertThat(outcome.rejected().get(9).message()).isEqualTo("the row has 5 values but the header has 6 columns");
        assertThat(outcome.rejected().get(11).message()).startsWith("the row is not valid CSV:").contains("(line 14, column 17)");
    }

    private static org.assertj.core.groups.Tuple tuple(long line, String column, String rule) {
        return org.assertj.core.groups.Tuple.tuple(line, column, rule);
    }

    @Test
    void aQuotedValueOverSeveralLinesKeepsEveryLaterLineNumberRight() throws IOException {
        Outcome outcome = read(HEADER
                + "2027-01-08,A. Patel,-193.20,personal-assistant,\"Wages, week 1:\nmorning calls\n\"\"cover\"\" included\",\n"
                + "2027-01-09,Shop,oops,,,\n"
                + "2027-01-10,Shop,-1.00,,,R-3\n");

        assertThat(outcome.accepted()).extracting(Transaction::line).containsExactly(2L, 6L);
        assertThat(outcome.accepted().get(0).description()).isEqualTo("Wages, week 1:\nmorning calls\n\"cover\" included");
        assertThat(outcome.rejected()).extracting(RowProblem::line).containsExactly(5L);
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreAccepted() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String body = "date,payee,amount\r\n2027-01-04,Council,772.80\r\n\"2027-01-05\",\"A\r\nB\",-1.00\r\n2027-01-06,Shop,x\r\n";
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(bom);
        file.write(body.getBytes(StandardCharsets.UTF_8));

        Outcome outcome = read(file.toByteArray());

        assertThat(outcome.accepted()).extracting(Transaction::line, Transaction::payee)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "Council"), org.assertj.core.groups.Tuple.tuple(3L, "A\r\nB"));
        assertThat(outcome.rejected()).extracting(RowProblem::line).containsExactly(5L);
    }

    @Test
    void anEmptyFileHasNoHeaderAndIsUnreadable() throws IOException {
        RowProblem problem = read("").unreadable();

        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.rule()).isEqualTo("transactions-csv.header");
        assertThat(problem.message()).contains("empty", "date,payee,amount,category,description,reference");
    }

    @Test
    void aHeaderOnlyFileHasNoTransactions() throws IOException {
        assertThat(read(HEADER).read()).isEqualTo(new CsvReadResult.Read(0, 0, 0, 0, List.of(), true));
        assertThat(read("date,payee,amount").read().rows()).isZero();
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsUnreadable() throws IOException {
        RowProblem noHeader = read("2027-01-04,Council,772.80\n").unreadable();
        assertThat(noHeader.message()).contains("it has no date, payee, amount column");

        RowProblem noAmount = read("date,payee,debit,credit\n2027-01-04,Council,,772.80\n").unreadable();
        assertThat(noAmount.message()).endsWith("it has no amount column");

        RowProblem twice = read("date,payee,amount,Amount\n").unreadable();
        assertThat(twice.column()).isEqualTo("amount");
        assertThat(twice.message()).contains("twice");
    }

    @Test
    void blankLinesAreSkippedAndCounted() throws IOException {
        Outcome outcome = read(HEADER + "\n2027-01-04,Council,772.80,,,\n   \n\n2027-01-05,Shop,-1.00,,,\n,,,,,\n");

        assertThat(outcome.accepted()).extracting(Transaction::line).containsExactly(3L, 6L);
        assertThat(outcome.read().blankLines()).isEqualTo(3);
        // A row of empty values is not a blank line: it is a row with nothing in it.
        assertThat(outcome.rejected()).extracting(RowProblem::line, RowProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7L, "transactions-csv.required"));
    }

    @Test
    void anUnclosedQuoteRejectsItsRowAndSaysWhy() throws IOException {
        Outcome outcome = read(HEADER + "2027-01-04,Council,772.80,,,\n2027-01-05,\"Shop,-1.00,,,\n2027-01-06,Shop,-1.00,,,\n");

        assertThat(outcome.accepted()).extracting(Transaction::line).containsExactly(2L);
        assertThat(outcome.rejected()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.rule()).isEqualTo("transactions-csv.syntax");
            assertThat(problem.message()).containsIgnoringCase("quote");
        });
    }

    @Test
    void bytesThatAreNotUtf8RejectTheirRowOnly() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write((HEADER + "2027-01-04,Caf").getBytes(StandardCharsets.UTF_8));
        file.write(0xE9); // "é" in Latin-1
        file.write((",-3.20,,,\n2027-01-05,Café,-1.00,,,\n").getBytes(StandardCharsets.UTF_8));

        Outcome outcome = read(file.toByteArray());

        assertThat(outcome.accepted()).extracting(Transaction::payee).containsExactly("Café");
        assertThat(outcome.rejected()).extracting(RowProblem::line, RowProblem::column, RowProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "payee", "transactions-csv.encoding"));
    }

    @Test
    void anOverLongValueIsRejectedWithoutHoldingTheRestOfTheFile() throws IOException {
        String huge = "x".repeat(TransactionCsvReader.MAX_VALUE_CHARS + 10);
        Outcome outcome = read(HEADER + "2027-01-04,Council,772.80,,,\n2027-01-05,Shop,-1.00,,\"" + huge + "\",\n"
                + "2027-01-06,Shop,-1.00,,,\n");

        assertThat(outcome.accepted()).extracting(Transaction::line).containsExactly(2L, 4L);
        assertThat(outcome.rejected()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.rule()).isEqualTo("transactions-csv.syntax");
            assertThat(problem.message()).contains("longer than 100000 characters");
        });
        assertThat(outcome.read()).isEqualTo(new CsvReadResult.Read(3, 2, 1, 0, List.of(), true));
    }

    @Test
    void controlCharactersAreRefusedByTheTransactionsOwnRule() throws IOException {
        Outcome outcome = read(HEADER + "2027-01-05,Shop,-1.00,,Bell\u0007,\n");

        assertThat(outcome.rejected()).extracting(RowProblem::column, RowProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("description", "text.no-control-characters"));
    }

    @Test
    void anExportOfManyAccountsHandsOnEachRowWithItsAccount() throws IOException {
        String file = "account,date,payee,amount\nDP-1,2027-01-04,Council,772.80\n DP-2 ,2027-01-05,Shop,-1.00\n"
                + ",2027-01-06,Shop,-2.00\nDP 3,2027-01-07,Shop,-3.00\nDP-1,2027-01-08,Shop,-4.00\n";
        List<String> accepted = new ArrayList<>();
        List<RowProblem> rejected = new ArrayList<>();

        CsvReadResult result = reader.readByAccount(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                (account, transaction) -> accepted.add(account + "@" + transaction.line()), rejected::add);

        assertThat(result).isEqualTo(new CsvReadResult.Read(5, 3, 2, 0, List.of(), true));
        assertThat(accepted).containsExactly("DP-1@2", "DP-2@3", "DP-1@6");
        assertThat(rejected).extracting(RowProblem::line, RowProblem::column, RowProblem::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4L, "account", "transactions-csv.required"),
                org.assertj.core.groups.Tuple.tuple(5L, "account", "account-id.format"));
    }

    @Test
    void anExportOfManyAccountsNeedsAnAccountColumnAndOneAccountsFileIgnoresIt() throws IOException {
        CsvReadResult withoutColumn = reader.readByAccount(new ByteArrayInputStream(HEADER.getBytes(StandardCharsets.UTF_8)),
                (account, transaction) -> { }, problem -> { });
        assertThat(withoutColumn).isInstanceOfSatisfying(CsvReadResult.Unreadable.class,
                u -> assertThat(u.problem().message()).endsWith("it has no account column"));

        Outcome oneAccount = read("date,payee,amount,account\n2027-01-04,Council,772.80,not an id!\n");
        assertThat(oneAccount.accepted()).hasSize(1);
        assertThat(oneAccount.read().ignoredColumns()).isEmpty();
    }

    @Test
    void aFileReadIntoAnAuditLeavesEveryRejectedRowInTheReport() throws IOException {
        AccountAudit audit = AccountAudit.start(AccountFixtures.account(), AccountFixtures.history(), ProfileFixtures.bury(),
                AccountFixtures.THREE_CYCLES, Money.ZERO);
        InputStream file = new ByteArrayInputStream((HEADER + "2027-01-04,Council,772.80,,,\n2027-01-05,Shop,12,50,food,,\n"
                + "2027-01-06,Corner Shop,-3.00,food,,\n").getBytes(StandardCharsets.UTF_8));

        CsvReadResult result = reader.readInto(file, audit);
        AuditReport report = audit.finish();

        assertThat(result).isEqualTo(new CsvReadResult.Read(3, 2, 1, 0, List.of(), true));
        assertThat(report.totals().rowsRead()).isEqualTo(3);
        assertThat(report.rejected()).containsExactly(new RejectedRow(3, "the row has 7 values but the header has 6 columns "
                + "[transactions-csv.column-count]"));
        assertThat(report.findings()).hasSize(1);
    }
}
