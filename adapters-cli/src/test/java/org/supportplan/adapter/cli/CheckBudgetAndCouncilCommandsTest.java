package org.supportplan.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan check}, {@code plan budget} and {@code council list|show}: output, JSON and exit codes. */
class CheckBudgetAndCouncilCommandsTest {

    private static final Path DERBYSHIRE = Path.of("..", "examples", "plans", "derbyshire-agreeable.json");
    private static final Path OVER_BUDGET = Path.of("..", "examples", "not-agreeable", "cost-above-budget.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void checkPrintsEveryFindingWithItsRuleSourceAndPathThenTheBreakdown() {
        Cli.Result result = Cli.run("plan", "check", OVER_BUDGET.toString());

        assertThat(result.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(result.out())
                .contains("The plan cannot be agreed under Derbyshire County Council (derbyshire): 1 finding.")
                .contains("$.budget  [signoff.cost-above-budget]")
                .contains("costs 14454.04 a year, 454.04 more than the personal budget of 14000.00")
                .contains("source: Care Act 2014 s.26")
                .contains("SHORTFALL: the budget-funded support costs 14454.04 a year, 454.04 more than the budget of 14000.00");
    }

    @Test
    void checkJsonHasTheDocumentedShape() throws Exception {
        Cli.Result result = Cli.run("plan", "check", OVER_BUDGET.toString(), "--json");

        JsonNode report = JSON.readTree(result.out());
        assertThat(report.fieldNames()).toIterable().containsExactly("agreeable", "council", "findings", "budget");
        assertThat(report.get("findings").get(0).get("path").asText()).isEqualTo("$.budget");
        assertThat(report.get("budget").get("sufficiency").get("budgetShortfall").asText()).isEqualTo("454.04");
    }

    @Test
    void theCouncilOptionChecksAFileUnderAnotherCouncil() throws Exception {
        Cli.Result result = Cli.run("plan", "check", DERBYSHIRE.toString(), "--council", "england-default", "--json");

        assertThat(result.code()).isZero();
        assertThat(JSON.readTree(result.out()).get("council").asText()).isEqualTo("england-default");
    }

    @Test
    void aFileWithoutACouncilNeedsTheOption() throws Exception {
        Path noCouncil = Files.writeString(dir.resolve("no-council.json"),
                Files.readString(DERBYSHIRE).replace("\"councilId\": \"derbyshire\",", ""));

        Cli.Result without = Cli.run("plan", "check", noCouncil.toString());
        assertThat(without.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(without.err()).contains("names no councilId").contains("--council NAME");

        assertThat(Cli.run("plan", "check", noCouncil.toString(), "--council", "derbyshire").code()).isZero();
    }

    @Test
    void anUnknownCouncilOrAnUnreadableFileIsBadInput() throws Exception {
        Cli.Result unknown = Cli.run("plan", "check", DERBYSHIRE.toString(), "--council", "rutland");
        assertThat(unknown.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("no profile is installed for the council rutland")
                .contains("bury, derbyshire, england-default");

        assertThat(Cli.run("plan", "check", dir.resolve("missing.json").toString()).err()).contains("no such file");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"needs\": [}");
        Cli.Result malformed = Cli.run("plan", "check", broken.toString());
        assertThat(malformed.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(malformed.err()).contains("broken.json").contains("json.syntax");
        Path badCouncilName = Files.writeString(dir.resolve("bad.json"), "{}");
        assertThat(Cli.run("plan", "check", badCouncilName.toString(), "--council", "Not A Council").code())
                .isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void budgetPrintsTheBreakdownAndExitsByWhetherTheSupportFits() throws Exception {
        Cli.Result fits = Cli.run("plan", "budget", DERBYSHIRE.toString());
        assertThat(fits.code()).isZero();
        assertThat(fits.out())
                .contains("52.143 weeks a year (national default), rounding HALF_UP (national default)")
                .containsPattern("i1\\s+direct payment\\s+193\\.20\\s+772\\.80\\s+10074\\.03\\s+0\\.00")
                .containsPattern("i2\\s+council managed\\s+84\\.00\\s+336\\.00\\s+4380\\.01\\s+0\\.00")
                .containsPattern("total\\s+277\\.20\\s+1108\\.80\\s+14454\\.04\\s+0\\.00")
                .contains("16000.00 indicative = assessed contribution 2340.00 + council 13660.00")
                .contains("1545.96 of the budget");

        assertThat(Cli.run("plan", "budget", OVER_BUDGET.toString()).code()).isEqualTo(ExitCodes.REFUSED);

        JsonNode budget = JSON.readTree(Cli.run("plan", "budget", DERBYSHIRE.toString(), "--json").out());
        assertThat(budget.get("total").get("annual").asText()).isEqualTo("14454.04");
        assertThat(budget.get("personalBudget").get("councilAmountAnnual").asText()).isEqualTo("13660.00");
    }

    @Test
    void councilListAndShowSayWhatEachCouncilAsksAndWhereEachValueComesFrom() throws Exception {
        Cli.Result list = Cli.run("council", "list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("bury", "derbyshire", "england-default")
                .contains("Derbyshire County Council (7 questions, 5 spend rules)");

        Cli.Result bury = Cli.run("council", "show", "bury");
        assertThat(bury.code()).isZero();
        assertThat(bury.out())
                .contains("Bury Council (bury)")
                .contains("h7  A breakdown of the costs of your support.")
                .contains("spend.everyday-living-costs  the budget cannot be spent on everyday expenses like food or rent")
                .containsPattern("initial review\\s+within 12 weeks of support start \\[council's own\\]")
                .containsPattern("weeks per year\\s+52.143 \\[national default\\]");

        JsonNode json = JSON.readTree(Cli.run("council", "show", "derbyshire", "--json").out());
        assertThat(json.get("reviews").get("initialReview").get("provenance").asText()).isEqualTo("NATIONAL_DEFAULT");
        assertThat(JSON.readTree(Cli.run("council", "list", "--json").out())).hasSize(3);

        Cli.Result unknown = Cli.run("council", "show", "rutland");
        assertThat(unknown.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("installed: bury, derbyshire, england-default");
    }

    @Test
    void aProfilesFolderAddsACouncilWhoseLocalRuleRefusesSpend() throws Exception {
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(profiles.resolve("testshire.yaml"), """
                id: testshire
                name: Testshire County Council
                extends: england-default
                localRules:
                  - id: testshire.spend.takeaways
                    reason: the budget cannot buy takeaway meals
                    categories: [takeaway]
                    words: [takeaway]
                    source: {kind: COUNCIL_POLICY, citation: "Testshire Direct Payments Policy 2026, para 4.2"}
                """);
        Path plan = Files.writeString(dir.resolve("takeaway.json"), Files.readString(DERBYSHIRE).replace(
                "\"description\": \"Day centre sessions\"", "\"description\": \"Friday takeaway with friends\""));

        assertThat(Cli.run("council", "list", "--profiles", profiles.toString()).out()).contains("testshire");
        Cli.Result check = Cli.run("plan", "check", plan.toString(), "--council", "testshire", "--profiles", profiles.toString());
        assertThat(check.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(check.out()).contains("[testshire.spend.takeaways]").contains("Testshire Direct Payments Policy 2026, para 4.2");
    }

    @Test
    void aBrokenProfileFileIsBadInputNamingTheFileAndTheRule() throws Exception {
        Path profiles = Files.createDirectories(dir.resolve("broken-profiles"));
        Files.writeString(profiles.resolve("oops.json"),
                "{\"id\": \"oops\", \"name\": \"Oops\", \"extends\": \"england-default\", \"spendRules\": [{\"id\": \"spend.nope\"}]}");

        Cli.Result result = Cli.run("council", "list", "--profiles", profiles.toString());

        assertThat(result.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("oops.json").contains("profile.unknown-rule").contains("spend.gambling");
    }
}
