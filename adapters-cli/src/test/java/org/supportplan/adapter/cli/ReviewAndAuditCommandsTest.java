package org.supportplan.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reviews and direct-payment audits from the command line: the caseload of due reviews for both councils (Bury's
 * initial review 12 weeks after support starts, Derbyshire's annual review), recording a review, and auditing the
 * example transactions files ({@code examples/transactions/expected.properties}) with the CLI's exit codes.
 * The clock is fixed at 23 November 2026 ({@link Cli}).
 */
class ReviewAndAuditCommandsTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Path TRANSACTIONS = EXAMPLES.resolve("transactions");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String store() {
        return "jdbc:sqlite:" + dir.resolve("council.db");
    }

    private Cli.Result run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.add("--store");
        all.add(store());
        return Cli.run(all.toArray(String[]::new));
    }

    /** A plan from {@code examples/plans/FILE}, submitted, signed off today and active from {@code start}. */
    private String activePlan(String file, String start) {
        Cli.Result created = run("plan", "create", "--file", EXAMPLES.resolve("plans").resolve(file).toString(), "--actor", "CW-0107");
        assertThat(created.code()).as(created.err()).isZero();
        String id = created.out().strip();
        assertThat(run("plan", "submit", id).code()).isZero();
        Cli.Result agreed = run("plan", "sign-off", id, "--by", "CM-0042", "--final-budget", "15500.00", "--actor", "CM-0042");
        assertThat(agreed.code()).as(agreed.err() + agreed.out()).isZero();
        Cli.Result active = run("plan", "activate", id, "--on", start);
        assertThat(active.code()).as(active.err()).isZero();
        return id;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    @Test
    void buryListsTheInitialReviewTwelveWeeksAfterSupportStarted() throws IOException {
        String id = activePlan("bury-agreeable.json", "2026-11-23");

        Cli.Result due = run("review", "due", "--council", "bury", "--within", "90d", "--json");

        assertThat(due.code()).as(due.err()).isZero();
        JsonNode caseload = JSON.readTree(due.out());
        assertThat(list(caseload.get("dueInWindow"))).singleElement().satisfies(review -> {
            assertThat(review.get("planId").asText()).isEqualTo(id);
            assertThat(review.get("dueOn").asText()).isEqualTo("2027-02-15");
        });
        assertThat(list(caseload.get("overdue"))).isEmpty();
        Cli.Result notYet = run("review", "due", "--council", "bury", "--within", "30d", "--json");
        assertThat(list(JSON.readTree(notYet.out()).get("dueInWindow"))).isEmpty();
        assertThat(run("review", "due", "--council", "bury", "--within", "90d").out()).contains(id).contains("2027-02-15");
    }

    @Test
    void derbyshireListsTheAnnualReviewAYearAfterTheInitialOne() throws IOException {
        String id = activePlan("derbyshire-agreeable.json", "2026-11-23");
        Cli.Result recorded = run("review", "record", id, "--held-on", "2026-11-23", "--trigger", "SCHEDULED_INITIAL",
                "--method", "PHONE_CALL", "--participant", "PERSON", "--participant", "CARE_MANAGER", "--outcome", "NO_CHANGE",
                "--actor", "CM-0042");
        assertThat(recorded.code()).as(recorded.err() + recorded.out()).isZero();

        Cli.Result due = run("review", "due", "--council", "derbyshire", "--within", "53w", "--json");

        assertThat(due.code()).as(due.err()).isZero();
        assertThat(list(JSON.readTree(due.out()).get("dueInWindow"))).singleElement().satisfies(review -> {
            assertThat(review.get("planId").asText()).isEqualTo(id);
            assertThat(review.get("dueOn").asText()).isEqualTo("2027-11-23");
        });
        assertThat(run("review", "schedule", id).out()).contains("2027-11-23");
    }

    static Stream<Arguments> exampleTransactionFiles() throws IOException {
        Properties expected = new Properties();
        try (Reader in = Files.newBufferedReader(TRANSACTIONS.resolve("expected.properties"))) {
            expected.load(in);
        }
        return expected.stringPropertyNames().stream().filter(key -> !key.endsWith(".plan") && !key.endsWith(".rejected")).sorted()
                .map(key -> {
                    String file = key.contains("@") ? key.substring(0, key.indexOf('@')) : key;
                    String[] value = expected.getProperty(key).split(":", 2);
                    List<String> rules = Arrays.stream(value[1].split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
                    Path plan = expected.containsKey(file + ".plan") ? TRANSACTIONS.resolve(expected.getProperty(file + ".plan"))
                            : EXAMPLES.resolve("plans").resolve("derbyshire-agreeable.json");
                    List<Long> rejected = expected.containsKey(file + ".rejected")
                            ? Arrays.stream(expected.getProperty(file + ".rejected").split(",")).map(String::strip).map(Long::valueOf).toList()
                            : List.of();
                    return Arguments.of(key, file, value[0].strip(), plan, rules, rejected);
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleTransactionFiles")
    void theExampleTransactionFilesAuditAsExpected(String name, String file, String council, Path plan, List<String> rules,
                                                    List<Long> rejected) throws IOException {
        Cli.Result audited = Cli.run("audit", TRANSACTIONS.resolve(file).toString(), "--plan-file", plan.toString(),
                "--council", council, "--from", "2027-01-04", "--to", "2027-03-28", "--json");

        // Rows that could not be read leave the audit incomplete: not clean, though no rule found anything.
        assertThat(audited.code()).as(audited.err()).isEqualTo(rules.isEmpty() && rejected.isEmpty() ? ExitCodes.OK : ExitCodes.REFUSED);
        JsonNode report = JSON.readTree(audited.out());
        assertThat(list(report.get("findings"))).extracting(f -> f.get("rule").asText()).containsExactlyElementsOf(rules);
        assertThat(list(report.get("rejected"))).extracting(r -> r.get("line").asLong()).containsExactlyElementsOf(rejected);
        JsonNode totals = report.get("totals");
        assertThat(totals.get("rowsRead").asLong()).isEqualTo(totals.get("transactions").asLong() + totals.get("outsidePeriod").asLong()
                + totals.get("rejected").asLong());
        Cli.Result text = Cli.run("audit", TRANSACTIONS.resolve(file).toString(), "--plan-file", plan.toString(),
                "--council", council, "--from", "2027-01-04", "--to", "2027-03-28");
        assertThat(text.code()).isEqualTo(audited.code());
        rules.forEach(rule -> assertThat(text.out()).contains(rule));
    }

    @Test
    void anUnreadableTransactionsFileExitsWithTwo() throws IOException {
        Path notCsv = Files.writeString(dir.resolve("statement.csv"), "this is not,a transactions export\n1,2\n");

        Cli.Result audited = Cli.run("audit", notCsv.toString(), "--plan-file",
                EXAMPLES.resolve("plans").resolve("derbyshire-agreeable.json").toString());

        assertThat(audited.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(audited.err()).contains("statement.csv").contains("transactions-csv.header");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "date,payee,amount\n");
        assertThat(Cli.run("audit", empty.toString(), "--plan-file", EXAMPLES.resolve("plans").resolve("derbyshire-agreeable.json").toString())
                .err()).contains("no transaction to set the audit period by");
        assertThat(Cli.run("audit", dir.resolve("missing.csv").toString(), "--plan-file",
                EXAMPLES.resolve("plans").resolve("derbyshire-agreeable.json").toString()).code()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void aStoredAccountIsImportedOnceAndAuditedAgainstThePlanInForce() throws IOException {
        String id = activePlan("derbyshire-agreeable.json", "2026-11-23");
        assertThat(run("account", "open", id, "--account", "DP-100234", "--assessed-by", "CM-0042").code()).isZero();
        Path clean = TRANSACTIONS.resolve("prohibited-gambling.csv");

        Cli.Result imported = run("account", "import", "DP-100234", clean.toString(), "--actor", "FA-0003");
        Cli.Result again = run("account", "import", "DP-100234", clean.toString(), "--actor", "FA-0003");
        Cli.Result audited = run("account", "audit", "DP-100234", "--from", "2027-01-04", "--to", "2027-03-28", "--json",
                "--actor", "FA-0003");

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(again.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(again.err()).contains("imported");
        assertThat(audited.code()).as(audited.err()).isEqualTo(ExitCodes.REFUSED);
        JsonNode report = JSON.readTree(audited.out());
        assertThat(list(report.get("findings"))).extracting(f -> f.get("rule").asText()).contains("spend.gambling");
        assertThat(run("account", "show", "DP-100234").out()).contains("DP-100234");
        assertThat(run("audit-trail", "verify").code()).isZero();
    }
}
