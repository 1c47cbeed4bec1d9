package org.supportplan.adapter.persistence.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.supportplan.domain.account.AccountAudit;
import org.supportplan.domain.account.AccountId;
import org.supportplan.domain.account.Transaction;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * Streams a direct-payment account's transactions from a CSV file in the documented format
 * ({@code docs/transactions-csv.md}): a required header naming the columns {@code date}, {@code payee} and
 * {@code amount}, and optionally {@code category}, {@code description} and {@code reference}, in any order
 * (and {@code account}, for an export covering many accounts read with {@link #readByAccount}).
 * Each good row is handed to a consumer as it is read and each bad row to a reject callback with its
 * 1-based line in the file and a reason naming the column and the rule; a bad row never stops the rest.
 * No row is held once handed on, so a file of any length is read in constant memory.
 *
 * <p>Rows are tokenised by Jackson's CSV parser (RFC 4180 quoting, CRLF or LF); the date and amount are
 * parsed character by character from the values it yields (no regular expression or formatter per row),
 * so a good row costs little beyond the parser's strings and the transaction itself.
 * The file is UTF-8 (a byte-order mark is accepted); a row with bytes that are not UTF-8 is rejected.
 * One reader may be used for many files, one at a time or concurrently.
 */
public final class TransactionCsvReader {

    /** The day the money moved, {@code yyyy-MM-dd}. Required. */
    public static final String DATE = "date";
    /** Who was paid, or who paid in. Required. */
    public static final String PAYEE = "payee";
    /** Signed pounds and pence: {@code -45.00} out, {@code 772.80} in. Required. */
    public static final String AMOUNT = "amount";
    /** A spend category code such as {@code personal-assistant}; empty for uncategorised. */
    public static final String CATEGORY = "category";
    /** The export's description. */
    public static final String DESCRIPTION = "description";
    /** The bank's or card provider's reference. */
    public static final String REFERENCE = "reference";
    /** The council's account id, in an export covering many accounts; required by {@link #readByAccount}. */
    public static final String ACCOUNT = "account";
    /** Every column of the format, in the documented order. */
    public static final List<String> COLUMNS = List.of(DATE, PAYEE, AMOUNT, CATEGORY, DESCRIPTION, REFERENCE, ACCOUNT);
    /** The columns the header must name. */
    public static final List<String> REQUIRED = List.of(DATE, PAYEE, AMOUNT);
    /** The columns the header may name for one account's file. */
    public static final List<String> OPTIONAL = List.of(CATEGORY, DESCRIPTION, REFERENCE);

    /** Rule: the header is missing or wrong. */
    public static final String RULE_HEADER = "transactions-csv.header";
    /** Rule: the row has more or fewer values than the header has columns. */
    public static final String RULE_COLUMN_COUNT = "transactions-csv.column-count";
    /** Rule: a required value is empty. */
    public static final String RULE_REQUIRED = "transactions-csv.required";
    /** Rule: the date is not written yyyy-MM-dd. */
    public static final String RULE_DATE_FORMAT = "transactions-csv.date-format";
    /** Rule: the date is written yyyy-MM-dd but is no real day. */
    public static final String RULE_DATE_REAL = "transactions-csv.date-real";
    /** Rule: the amount is not signed pounds and pence. */
    public static final String RULE_AMOUNT_FORMAT = "transactions-csv.amount-format";
    /** Rule: the row is not valid CSV (a stray quote, an unclosed quote, an over-long value). */
    public static final String RULE_SYNTAX = "transactions-csv.syntax";
    /** Rule: the row has bytes that are not UTF-8. */
    public static final String RULE_ENCODING = "transactions-csv.encoding";

    /** The longest single value read; far above any field's own limit, it bounds the memory a broken quote can take. */
    static final int MAX_VALUE_CHARS = 100_000;
    private static final int MAX_CACHED_CATEGORIES = 1_000;
    private static final int MAX_CACHED_ACCOUNTS = 100_000;
    private static final int F_DATE = 0;
    private static final int F_PAYEE = 1;
    private static final int F_AMOUNT = 2;
    private static final int F_CATEGORY = 3;
    private static final int F_DESCRIPTION = 4;
    private static final int F_REFERENCE = 5;
    private static final int F_ACCOUNT = 6;
    private static final char REPLACEMENT = '\uFFFD';

    private final CsvFactory factory = CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_VALUE_CHARS).build())
            // The caller opened the stream and closes it.
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    /**
     * Receives each good row of an export covering many accounts, with the account it belongs to.
     */
    @FunctionalInterface
    public interface AccountRows {

        /** One good row of {@code account}. */
        void accept(AccountId account, Transaction transaction);
    }

    /** Reads {@code file} (one account's transactions; an {@code account} column, if any, is not looked at). */
    public CsvReadResult read(Path file, Consumer<Transaction> accepted, Consumer<RowProblem> rejected) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, accepted, rejected);
        }
    }

    /** Reads UTF-8 bytes (one account's transactions); bytes that are not UTF-8 make their row rejected, never the file. */
    public CsvReadResult read(InputStream in, Consumer<Transaction> accepted, Consumer<RowProblem> rejected) throws IOException {
        return read(utf8(in), accepted, rejected);
    }

    /** Reads characters (one account's transactions; a byte-order mark at the start is ignored). */
    public CsvReadResult read(Reader in, Consumer<Transaction> accepted, Consumer<RowProblem> rejected) throws IOException {
        return read(in, false, (account, transaction) -> accepted.accept(transaction), rejected);
    }

    /**
     * Reads an export covering many accounts: the header must name an {@code account} column, and each good
     * row is handed on with its account (a row with no account, or an account id that is not valid, is rejected).
     */
    public CsvReadResult readByAccount(InputStream in, AccountRows accepted, Consumer<RowProblem> rejected) throws IOException {
        return read(utf8(in), true, accepted, rejected);
    }

    private CsvReadResult read(Reader in, boolean byAccount, AccountRows accepted, Consumer<RowProblem> rejected)
            throws IOException {
        CheckedRows rows = new CheckedRows(accepted, rejected);
        CsvReadResult split = split(in, byAccount, rows);
        if (split instanceof CsvReadResult.Read read) {
            return new CsvReadResult.Read(read.rows(), rows.acceptedCount, rows.rejectedCount, read.blankLines(), read.ignoredColumns(),
                    read.complete());
        }
        return split;
    }

    /**
     * Splits {@code in} into rows without checking them, for a caller that checks each with the {@link RowCheck} it is
     * handed after the header (on another thread, say: {@link ReadAhead}). The result counts rows and blank lines; its
     * accepted and rejected counts are 0.
     */
    CsvReadResult split(Reader in, boolean byAccount, SplitRows rows) throws IOException {
        try (CsvParser parser = (CsvParser) factory.createParser(in)) {
            // With no schema each row is an array of strings: the header is read as a row like any other.
            parser.setSchema(CsvSchema.emptySchema());
            return new Session(parser, byAccount, rows).run();
        }
    }

    /** Reads UTF-8 bytes as {@link #split(Reader, boolean, SplitRows)} does, one account's transactions. */
    CsvReadResult split(InputStream in, SplitRows rows) throws IOException {
        return split(utf8(in), false, rows);
    }

    // A Charset (not a decoder) makes the reader replace malformed bytes with U+FFFD: Jackson's own UTF-8
    // decoder would fail on the same bytes again and again.
    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** Reads {@code in} into {@code audit}: good rows are accepted, bad rows rejected with their line and reason. */
    public CsvReadResult readInto(InputStream in, AccountAudit audit) throws IOException {
        return read(in, audit::accept, problem -> audit.reject(problem.line(), problem.reason()));
    }

    /** Receives the rows of a file split but not yet checked, in the file's order. */
    interface SplitRows {

        /** The header was read: this checks the rows that follow. */
        void header(RowCheck check);

        /**
         * One row: its first line, its values (the array is reused for the next row), how many values it had, and
         * why it is not valid CSV (or null).
         */
        void row(long line, String[] values, int count, String syntaxProblem);

        /** A problem where no row could be split at all (the parser could not go on). */
        void problem(RowProblem problem);
    }

    /** Checks each row as it is split, on the same thread, and counts what it accepted and rejected. */
    private static final class CheckedRows implements SplitRows {

        private final AccountRows accepted;
        private final Consumer<RowProblem> rejected;
        private RowCheck check;
        long acceptedCount;
        long rejectedCount;

        CheckedRows(AccountRows accepted, Consumer<RowProblem> rejected) {
            this.accepted = accepted;
            this.rejected = rejected;
        }

        @Override
        public void header(RowCheck check) {
            this.check = check;
        }

        @Override
        public void row(long line, String[] values, int count, String syntaxProblem) {
            if (check.check(line, values, 0, count, syntaxProblem, accepted, rejected)) {
                acceptedCount++;
            } else {
                rejectedCount++;
            }
        }

        @Override
        public void problem(RowProblem problem) {
            rejectedCount++;
            rejected.accept(problem);
        }
    }

    /** One pass over one file, splitting it into rows: the header is checked here, the rows by a {@link RowCheck}. */
    private static final class Session {

        private final CsvParser parser;
        private final boolean byAccount;
        private final SplitRows target;

        private int columns;
        private String[] values;
        private final List<String> ignored = new ArrayList<>();
        private long rows;
        private long blankLines;

        // The row being read.
        private boolean inRow;
        private long line;
        private int column;
        private boolean firstValueBlank;
        private String syntaxProblem;

        Session(CsvParser parser, boolean byAccount, SplitRows target) {
            this.parser = parser;
            this.byAccount = byAccount;
            this.target = target;
        }

        CsvReadResult run() throws IOException {
            RowProblem header = header();
            if (header != null) {
                return new CsvReadResult.Unreadable(header);
            }
            long lastFailure = -1;
            while (true) {
                JsonToken token;
                try {
                    token = parser.nextToken();
                } catch (JsonProcessingException e) {
                    long at = parser.currentLocation().getCharOffset();
                    String message = syntax(e);
                    if (at == lastFailure) {
                        // The parser cannot move past this point: say where reading stopped rather than loop.
                        rows++;
                        target.problem(new RowProblem(inRow ? line : parser.currentLocation().getLineNr(), null, RULE_SYNTAX,
                                message + "; reading stopped here, so the rest of the file was not read"));
                        return result(false);
                    }
                    lastFailure = at;
                    if (inRow) {
                        syntaxProblem = syntaxProblem == null ? message : syntaxProblem;
                    } else {
                        rows++;
                        target.problem(new RowProblem(parser.currentLocation().getLineNr(), null, RULE_SYNTAX, message));
                    }
                    continue;
                }
                if (token == null) {
                    return result(true);
                }
                switch (token) {
                    case START_ARRAY -> startRow();
                    case VALUE_STRING -> value();
                    case END_ARRAY -> endRow();
                    default -> {
                        // An empty schema gives only arrays of strings.
                    }
                }
            }
        }

        private CsvReadResult result(boolean complete) {
            return new CsvReadResult.Read(rows, 0, 0, blankLines, ignored, complete);
        }

        /** Reads the header row; returns why the file is unreadable, or null. */
        private RowProblem header() throws IOException {
            List<String> names = new ArrayList<>();
            try {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    return new RowProblem(1, null, RULE_HEADER, "the file is empty; its first line must be the header "
                            + String.join(",", REQUIRED) + "," + String.join(",", OPTIONAL));
                }
                while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
                    names.add(parser.getText());
                }
            } catch (JsonProcessingException e) {
                return new RowProblem(1, null, RULE_HEADER, "the header is not valid CSV: " + syntax(e));
            }
            if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
                names.set(0, names.get(0).substring(1));
            }
            columns = names.size();
            int[] fieldOf = new int[columns];
            boolean[] seen = new boolean[COLUMNS.size()];
            for (int i = 0; i < columns; i++) {
                String name = names.get(i).strip().toLowerCase(Locale.ROOT);
                int field = COLUMNS.indexOf(name);
                fieldOf[i] = field;
                if (field < 0) {
                    ignored.add(names.get(i).strip());
                } else if (seen[field]) {
                    return new RowProblem(1, name, RULE_HEADER, "the header names the column " + name + " twice");
                } else {
                    seen[field] = true;
                    if (field == F_ACCOUNT && !byAccount) {
                        // Read as one account's file, the account column is not looked at.
                        fieldOf[i] = -1;
                    }
                }
            }
            List<String> missing = new ArrayList<>();
            for (String required : REQUIRED) {
                if (!seen[COLUMNS.indexOf(required)]) {
                    missing.add(required);
                }
            }
            if (byAccount && !seen[F_ACCOUNT]) {
                missing.add(ACCOUNT);
            }
            if (!missing.isEmpty()) {
                return new RowProblem(1, null, RULE_HEADER, "the first line must be a header naming the columns "
                        + String.join(", ", REQUIRED) + " (and optionally " + String.join(", ", OPTIONAL)
                        + (byAccount ? ", and for an export of many accounts " + ACCOUNT : "") + "); it has no "
                        + String.join(", ", missing) + " column");
            }
            values = new String[columns];
            target.header(new RowCheck(fieldOf, byAccount));
            return null;
        }

        private void startRow() {
            inRow = true;
            // At the start of a row Jackson's current location is the row's first line, multi-line values before it counted.
            line = parser.currentLocation().getLineNr();
            column = 0;
            firstValueBlank = false;
            syntaxProblem = null;
        }

        private void value() throws IOException {
            int index = column++;
            if (index >= columns || syntaxProblem != null) {
                return;
            }
            // Jackson's CSV parser has already made the value a String; getText() hands it over without copying.
            String value = parser.getText();
            if (index == 0) {
                firstValueBlank = value.isBlank();
            }
            values[index] = value;
        }

        private void endRow() {
            inRow = false;
            if (syntaxProblem == null && column == 1 && firstValueBlank && columns > 1) {
                blankLines++;
                return;
            }
            rows++;
            target.row(line, values, column, syntaxProblem);
        }

        // Jackson's exception may carry no location, or count lines from 0; the parser's current location is the file's.
        private String syntax(JsonProcessingException e) {
            String message = e.getOriginalMessage();
            int newline = message.indexOf('\n');
            message = newline < 0 ? message : message.substring(0, newline);
            if (e instanceof StreamConstraintsException) {
                message = "a value is longer than " + MAX_VALUE_CHARS + " characters (is a quote left open?)";
            }
            JsonLocation at = parser.currentLocation();
            return "the row is not valid CSV: " + message + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        }
    }

    /**
     * Checks split rows against the format, in the file's order: each becomes a transaction or a problem naming its
     * line, column and rule. Used by one thread at a time (it remembers the categories and accounts it has seen).
     */
    static final class RowCheck {

        private final int[] fieldOf;
        private final int columns;
        private final boolean byAccount;
        private final Map<String, SpendCategory> categories = new HashMap<>();
        private final Map<String, AccountId> accounts = new HashMap<>();

        // The row being checked.
        private long line;
        private RowProblem problem;
        private LocalDate date;
        private long pence;
        private boolean hasAmount;
        private String payee;
        private SpendCategory category;
        private String description;
        private String reference;
        private AccountId account;

        RowCheck(int[] fieldOf, boolean byAccount) {
            this.fieldOf = fieldOf;
            this.columns = fieldOf.length;
            this.byAccount = byAccount;
        }

        /** How many values a row has. */
        int columns() {
            return columns;
        }

        /**
         * Checks the row whose values are {@code values[offset]} onwards, {@code count} of them as split; hands it to
         * {@code accepted} or {@code rejected}. Returns true when it was accepted.
         */
        boolean check(long rowLine, String[] values, int offset, int count, String syntaxProblem, AccountRows accepted,
                      Consumer<RowProblem> rejected) {
            if (syntaxProblem != null) {
                rejected.accept(new RowProblem(rowLine, null, RULE_SYNTAX, syntaxProblem));
                return false;
            }
            if (count != columns) {
                rejected.accept(new RowProblem(rowLine, null, RULE_COLUMN_COUNT, "the row has " + count
                        + (count == 1 ? " value" : " values") + " but the header has " + columns + " columns"));
                return false;
            }
            line = rowLine;
            problem = null;
            date = null;
            hasAmount = false;
            payee = null;
            category = null;
            description = null;
            reference = null;
            account = null;
            for (int i = 0; i < columns && problem == null; i++) {
                value(fieldOf[i], values[offset + i]);
            }
            if (problem == null) {
                problem = date == null ? missing(DATE) : payee == null ? missing(PAYEE) : !hasAmount ? missing(AMOUNT)
                        : byAccount && account == null ? missing(ACCOUNT) : null;
            }
            if (problem != null) {
                rejected.accept(problem);
                return false;
            }
            Transaction transaction;
            try {
                transaction = new Transaction(line, reference, date, payee, Money.ofPence(pence), category, description);
            } catch (InvalidValueException e) {
                rejected.accept(new RowProblem(line, e.field().isEmpty() ? null : e.field(), e.ruleId(), e.getMessage()));
                return false;
            }
            accepted.accept(account, transaction);
            return true;
        }

        private void value(int field, String value) {
            switch (field) {
                case F_DATE -> date(value);
                case F_AMOUNT -> amount(value);
                case F_PAYEE -> payee = text(PAYEE, value);
                case F_CATEGORY -> category(text(CATEGORY, value));
                case F_DESCRIPTION -> description = text(DESCRIPTION, value);
                case F_REFERENCE -> reference = text(REFERENCE, value);
                case F_ACCOUNT -> account(text(ACCOUNT, value));
                default -> {
                    // A column outside the format: ignored.
                }
            }
        }

        private RowProblem missing(String name) {
            return new RowProblem(line, name, RULE_REQUIRED, "a value is required");
        }

        private void fail(String name, String rule, String message) {
            if (problem == null) {
                problem = new RowProblem(line, name, rule, message);
            }
        }

        /** The value as text, or null when blank; refused when it holds bytes that were not UTF-8. */
        private String text(String name, String text) {
            if (text.isBlank()) {
                return null;
            }
            if (text.indexOf(REPLACEMENT) >= 0) {
                fail(name, RULE_ENCODING, "the value has bytes that are not UTF-8 text; save the file as UTF-8");
                return null;
            }
            return text;
        }

        private void account(String id) {
            if (id == null) {
                return;
            }
            String trimmed = id.strip();
            AccountId known = accounts.get(trimmed);
            if (known == null) {
                try {
                    known = AccountId.of(trimmed);
                } catch (InvalidValueException e) {
                    fail(ACCOUNT, e.ruleId(), quote(trimmed) + " is not an account id: " + e.getMessage());
                    return;
                }
                if (accounts.size() < MAX_CACHED_ACCOUNTS) {
                    accounts.put(trimmed, known);
                }
            }
            account = known;
        }

        private void category(String code) {
            if (code == null) {
                return;
            }
            String trimmed = code.strip();
            SpendCategory known = categories.get(trimmed);
            if (known == null) {
                try {
                    known = SpendCategory.of(trimmed);
                } catch (InvalidValueException e) {
                    fail(CATEGORY, e.ruleId(), quote(trimmed) + " is not a category: " + e.getMessage());
                    return;
                }
                if (categories.size() < MAX_CACHED_CATEGORIES) {
                    categories.put(trimmed, known);
                }
            }
            category = known;
        }

        // yyyy-MM-dd, read character by character: no regular expression, no formatter, no copy.
        private void date(String chars) {
            int start = skipSpaces(chars, 0, chars.length());
            int end = trimSpaces(chars, start, chars.length());
            if (start == end) {
                return;
            }
            if (end - start != 10 || chars.charAt(start + 4) != '-' || chars.charAt(start + 7) != '-') {
                fail(DATE, RULE_DATE_FORMAT, quote(chars, start, end) + " is not a date written yyyy-MM-dd, such as 2027-01-31");
                return;
            }
            int year = digits(chars, start, 4);
            int month = digits(chars, start + 5, 2);
            int day = digits(chars, start + 8, 2);
            if (year < 0 || month < 0 || day < 0) {
                fail(DATE, RULE_DATE_FORMAT, quote(chars, start, end) + " is not a date written yyyy-MM-dd, such as 2027-01-31");
                return;
            }
            try {
                date = LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                fail(DATE, RULE_DATE_REAL, quote(chars, start, end) + " is not a real day");
            }
        }

        // -1234.56, -45, 772.8: an optional minus, 1 to 13 digits, optionally a point and 1 or 2 digits.
        private void amount(String chars) {
            int start = skipSpaces(chars, 0, chars.length());
            int end = trimSpaces(chars, start, chars.length());
            if (start == end) {
                return;
            }
            int i = start;
            boolean negative = chars.charAt(i) == '-';
            if (negative) {
                i++;
            }
            long pounds = 0;
            int poundDigits = 0;
            while (i < end && isDigit(chars.charAt(i)) && poundDigits < 14) {
                pounds = pounds * 10 + (chars.charAt(i++) - '0');
                poundDigits++;
            }
            long fraction = 0;
            int fractionDigits = 0;
            if (i < end && chars.charAt(i) == '.') {
                i++;
                while (i < end && isDigit(chars.charAt(i)) && fractionDigits < 3) {
                    fraction = fraction * 10 + (chars.charAt(i++) - '0');
                    fractionDigits++;
                }
                if (fractionDigits == 0) {
                    fractionDigits = 3;
                }
            }
            if (i != end || poundDigits == 0 || poundDigits > 13 || fractionDigits > 2) {
                fail(AMOUNT, RULE_AMOUNT_FORMAT, quote(chars, start, end) + " is not an amount: write signed pounds and pence "
                        + "such as -45.00 (money out) or 772.80 (money in), with no currency sign or thousands separator");
                return;
            }
            long value = pounds * 100 + (fractionDigits == 1 ? fraction * 10 : fraction);
            if (value > Money.MAX_PENCE) {
                fail(AMOUNT, "money.range", quote(chars, start, end) + " is beyond the largest amount accepted (1000000000000.00)");
                return;
            }
            pence = negative ? -value : value;
            hasAmount = true;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static int digits(String chars, int from, int count) {
            int value = 0;
            for (int i = from; i < from + count; i++) {
                char c = chars.charAt(i);
                if (!isDigit(c)) {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }

        private static int skipSpaces(String chars, int from, int to) {
            while (from < to && (chars.charAt(from) == ' ' || chars.charAt(from) == '\t')) {
                from++;
            }
            return from;
        }

        private static int trimSpaces(String chars, int from, int to) {
            while (to > from && (chars.charAt(to - 1) == ' ' || chars.charAt(to - 1) == '\t')) {
                to--;
            }
            return to;
        }

        private static String quote(String chars, int from, int to) {
            return quote(chars.substring(from, to));
        }

        private static String quote(String text) {
            return "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
        }
    }
}
