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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every file in {@code examples/} through {@code supportplan plan check --json}: the agreeable plans
 * must be agreeable under their own council, and each file in {@code examples/not-agreeable} must give
 * exactly the findings {@code expected.properties} lists for it.
 */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Path NOT_AGREEABLE = EXAMPLES.resolve("not-agreeable");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> eachAgreeablePlanCanBeAgreedUnderItsOwnCouncil() throws IOException {
        List<Path> plans;
        try (Stream<Path> files = Files.list(EXAMPLES.resolve("plans"))) {
            plans = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(plans).extracting(p -> p.getFileName().toString())
                .contains("derbyshire-agreeable.json", "bury-agreeable.json");
        return plans.stream().map(plan -> DynamicTest.dynamicTest(plan.getFileName().toString(), () -> {
            Cli.Result result = Cli.run("plan", "check", plan.toString(), "--json");
            assertThat(result.code()).as(result.out() + result.err()).isZero();
            JsonNode report = JSON.readTree(result.out());
            assertThat(report.get("agreeable").asBoolean()).isTrue();
            assertThat(report.get("findings")).isEmpty();
            assertThat(report.get("budget").get("sufficiency").get("status").asText()).isEqualTo("SUFFICIENT");
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachNotAgreeablePlanGivesExactlyItsExpectedFindings() throws IOException {
        Properties expected = expectations();
        return expected.stringPropertyNames().stream().sorted().map(file -> DynamicTest.dynamicTest(file, () -> {
            String[] councilAndRules = expected.getProperty(file).split(":", 2);
            String council = councilAndRules[0].strip();
            List<String> rules = Arrays.stream(councilAndRules[1].split(",")).map(String::strip).sorted().toList();

            Cli.Result result = Cli.run("plan", "check", NOT_AGREEABLE.resolve(file).toString(), "--council", council, "--json");

            assertThat(result.code()).as(result.err()).isEqualTo(ExitCodes.REFUSED);
            JsonNode report = JSON.readTree(result.out());
            assertThat(report.get("agreeable").asBoolean()).isFalse();
            assertThat(report.get("council").asText()).isEqualTo(council);
            List<String> found = new ArrayList<>();
            for (JsonNode finding : report.get("findings")) {
                found.add(finding.get("rule").asText());
                for (String member : List.of("rule", "source", "message", "path")) {
                    assertThat(finding.get(member).asText()).as(member).isNotBlank();
                }
            }
            assertThat(found.stream().sorted().toList()).isEqualTo(rules);
        }));
    }

    @Test
    void everyNotAgreeableFileIsListedWithItsExpectedFindings() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(NOT_AGREEABLE)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        assertThat(expectations().stringPropertyNames()).containsExactlyInAnyOrderElementsOf(files);
        assertThat(files).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void buryRefusesTheFoodShopThatDerbyshireAgrees() {
        Path food = NOT_AGREEABLE.resolve("spend.everyday-living-costs.json");
        assertThat(Cli.run("plan", "check", food.toString(), "--council", "bury").code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(Cli.run("plan", "check", food.toString(), "--council", "derbyshire").code()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void derbyshireRefusesThePlanWithoutDecisionsThatBuryAgrees() {
        Path noDecisions = NOT_AGREEABLE.resolve("question-unanswered.json");
        Cli.Result derbyshire = Cli.run("plan", "check", noDecisions.toString(), "--council", "derbyshire");
        assertThat(derbyshire.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(derbyshire.out()).contains("How will you make decisions and stay in control of your life?");
        // The same plan lacks nothing Bury's headings ask for (it has a circle of support).
        assertThat(Cli.run("plan", "check", noDecisions.toString(), "--council", "bury").code()).isEqualTo(ExitCodes.OK);
    }

    private static Properties expectations() throws IOException {
        Properties expected = new Properties();
        try (Reader in = Files.newBufferedReader(NOT_AGREEABLE.resolve("expected.properties"))) {
            expected.load(in);
        }
        return expected;
    }
}
