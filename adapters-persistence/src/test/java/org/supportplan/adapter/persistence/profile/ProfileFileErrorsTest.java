package org.supportplan.adapter.persistence.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a profile file can be wrong stops loading with the file, the JSON path and the rule named. */
class ProfileFileErrorsTest {

    private static final String SOURCE = "{\"kind\": \"COUNCIL_POLICY\", \"citation\": \"Testshire policy\"}";
    private static final String HEAD = "\"id\": \"testshire\", \"name\": \"Testshire Council\", \"extends\": \"england-default\"";

    @TempDir
    Path dir;

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                // The rules of profiles.
                broken("an unknown spend rule", "t.json", "{" + HEAD + ", \"spendRules\": ["
                        + "{\"id\": \"spend.illegal\", \"source\": " + SOURCE + "}, {\"id\": \"spend.nhs-provided\", \"source\": " + SOURCE
                        + "}, {\"id\": \"spend.gamblng\", \"source\": " + SOURCE + "}]}",
                        "profile.unknown-rule", "$.spendRules[2].id", "spend.gambling, spend.illegal"),
                broken("a built-in rule without a citation", "t.json", "{" + HEAD + ", \"spendRules\": [{\"id\": \"spend.gambling\"}]}",
                        "profile.source-required", "$.spendRules[0].source", "spend.gambling"),
                broken("a value without a citation", "t.json", "{" + HEAD
                        + ", \"initialReview\": {\"value\": {\"amount\": 6, \"unit\": \"WEEKS\", \"anchor\": \"SIGN_OFF\"}}}",
                        "profile.source-required", "$.initialReview.source", "initialReview"),
                broken("a local rule without a citation", "t.json", "{" + HEAD
                        + ", \"localRules\": [{\"id\": \"testshire.spend.x\", \"reason\": \"no\", \"categories\": [\"x-ray\"]}]}",
                        "profile.source-required", "$.localRules[0].source", "testshire.spend.x"),
                broken("a question without a citation", "t.json", "{" + HEAD
                        + ", \"questions\": [{\"id\": \"q1\", \"text\": \"Why?\", \"answeredBy\": [\"NEEDS\"]}]}",
                        "profile.source-required", "$.questions[0].source", "q1"),
                broken("a rule switched on twice", "t.json", "{" + HEAD + ", \"spendRules\": [{\"id\": \"spend.illegal\", \"source\": "
                        + SOURCE + "}, {\"id\": \"spend.illegal\", \"source\": " + SOURCE + "}]}",
                        "profile.duplicate-rule", "$.spendRules[1].id", "twice"),
                broken("a local rule named like a built-in", "t.json", "{" + HEAD + ", \"localRules\": [{\"id\": \"spend.gambling\", "
                        + "\"reason\": \"no\", \"categories\": [\"bingo\"], \"source\": " + SOURCE + "}]}",
                        "profile.duplicate-rule", "$.localRules[0].id", "built-in"),
                broken("a local rule defined twice", "t.json", "{" + HEAD + ", \"localRules\": ["
                        + "{\"id\": \"testshire.spend.x\", \"reason\": \"no\", \"categories\": [\"x-ray\"], \"source\": " + SOURCE + "},"
                        + "{\"id\": \"testshire.spend.x\", \"reason\": \"no\", \"words\": [\"x\"], \"source\": " + SOURCE + "}]}",
                        "profile.duplicate-rule", "$.localRules[1].id", "defined twice"),
                broken("a blank word in a local rule", "t.json", "{" + HEAD + ", \"localRules\": [{\"id\": \"testshire.spend.x\", "
                        + "\"reason\": \"no\", \"words\": [\"bingo\", \" \"], \"source\": " + SOURCE + "}]}",
                        "text.not-blank", "$.localRules[0].words", "blank"),
                broken("a local rule refusing nothing", "t.json", "{" + HEAD + ", \"localRules\": [{\"id\": \"testshire.spend.x\", "
                        + "\"reason\": \"no\", \"source\": " + SOURCE + "}]}",
                        "spend-rule.empty", "$.localRules[0].categories", "at least one category or word"),
                broken("a badly written category", "t.json", "{" + HEAD + ", \"localRules\": [{\"id\": \"testshire.spend.x\", "
                        + "\"reason\": \"no\", \"categories\": [\"food\", \"Take Away\"], \"source\": " + SOURCE + "}]}",
                        "spend-category.format", "$.localRules[0].categories[1]", "lower-case code"),
                broken("a badly written rule id", "t.json", "{" + HEAD + ", \"spendRules\": [{\"id\": \"Gambling\", \"source\": " + SOURCE + "}]}",
                        "rule-id.format", "$.spendRules[0].id", "lower-case words"),
                broken("the same question id twice", "t.json", "{" + HEAD + ", \"questions\": ["
                        + "{\"id\": \"q1\", \"text\": \"Why?\", \"answeredBy\": [\"NEEDS\"], \"source\": " + SOURCE + "},"
                        + "{\"id\": \"q1\", \"text\": \"How?\", \"answeredBy\": [\"SUPPORT\"], \"source\": " + SOURCE + "}]}",
                        "profile.duplicate-question", "$.questions[1].id", "already used at questions[0]"),
                broken("a question answered by nothing", "t.json", "{" + HEAD + ", \"questions\": ["
                        + "{\"id\": \"q1\", \"text\": \"Why?\", \"answeredBy\": [], \"source\": " + SOURCE + "}]}",
                        "profile.question-sections", "$.questions[0].answeredBy", "q1"),
                broken("an empty list of questions", "t.json", "{" + HEAD + ", \"questions\": []}",
                        "profile.no-questions", "$.questions", "leave questions out"),
                broken("an unknown parent", "t.json", "{\"id\": \"testshire\", \"name\": \"T\", \"extends\": \"englnd-default\"}",
                        "profile.unknown-parent", "$.extends", "bury, derbyshire, england-default, testshire"),
                broken("a profile extending itself", "t.json", "{\"id\": \"testshire\", \"name\": \"T\", \"extends\": \"testshire\"}",
                        "profile.extends-cycle", "$.extends", "testshire -> testshire"),
                broken("a national default missing values", "t.json", "{\"id\": \"wales-default\", \"name\": \"Wales\"}",
                        "profile.national-default-complete", "$", "questions, spendRules, weeksPerYear, rounding"),
                broken("a review interval out of range", "t.json", "{" + HEAD
                        + ", \"regularReview\": {\"value\": {\"amount\": 0, \"unit\": \"MONTHS\", \"anchor\": \"PREVIOUS_REVIEW\"}, \"source\": "
                        + SOURCE + "}}",
                        "review.interval-range", "$.regularReview.value.amount", "1 to 120"),
                broken("weeks per year outside 52 to 53", "t.json", "{" + HEAD + ", \"weeksPerYear\": {\"value\": \"60\", \"source\": "
                        + SOURCE + "}}",
                        "profile.weeks-per-year", "$.weeksPerYear", "between 52 and 53"),
                broken("a decimal with a comma", "t.json", "{" + HEAD + ", \"weeksPerYear\": {\"value\": \"52,143\", \"source\": "
                        + SOURCE + "}}",
                        "quantity.format", "$.weeksPerYear.value", "52,143"),
                broken("a badly written council id", "t.json", "{\"id\": \"Test Shire\", \"name\": \"T\", \"extends\": \"england-default\"}",
                        "council-id.format", "$.id", "lower-case"),
                broken("no name", "t.json", "{\"id\": \"testshire\", \"extends\": \"england-default\"}",
                        "json.required", "$.name", "name"),
                broken("a blank name", "t.json", "{\"id\": \"testshire\", \"name\": \"  \", \"extends\": \"england-default\"}",
                        "text.not-blank", "$.name", "blank"),
                broken("a review interval without its anchor", "t.json", "{" + HEAD
                        + ", \"initialReview\": {\"value\": {\"amount\": 6, \"unit\": \"WEEKS\"}, \"source\": " + SOURCE + "}}",
                        "json.required", "$.initialReview.value.anchor", "anchor"),
                broken("a citation without its kind", "t.json", "{" + HEAD
                        + ", \"rounding\": {\"value\": \"HALF_EVEN\", \"source\": {\"citation\": \"Testshire policy\"}}}",
                        "json.required", "$.rounding.source.kind", "kind"),
                // The shape of the file.
                broken("an unknown top-level field", "t.json", "{" + HEAD + ", \"colour\": \"blue\"}",
                        "json.unknown-field", "$.colour", "about, directPaymentFirstReview, directPaymentRegularReview, extends, id"),
                broken("an unknown nested field", "t.json", "{" + HEAD + ", \"spendRules\": [{\"id\": \"spend.illegal\", \"source\": "
                        + SOURCE + "}, {\"id\": \"spend.gambling\", \"citation\": \"x\"}]}",
                        "json.unknown-field", "$.spendRules[1].citation", "id, source"),
                broken("a number written as text", "t.json", "{" + HEAD
                        + ", \"initialReview\": {\"value\": {\"amount\": \"6\", \"unit\": \"WEEKS\", \"anchor\": \"SIGN_OFF\"}, \"source\": "
                        + SOURCE + "}}",
                        "json.type", "$.initialReview.value.amount", "a whole number"),
                broken("a fractional review interval", "t.json", "{" + HEAD
                        + ", \"initialReview\": {\"value\": {\"amount\": 6.5, \"unit\": \"WEEKS\", \"anchor\": \"SIGN_OFF\"}, \"source\": "
                        + SOURCE + "}}",
                        "json.type", "$.initialReview.value.amount", "a whole number"),
                broken("a decimal figure written as a number", "t.json", "{" + HEAD
                        + ", \"weeksPerYear\": {\"value\": 52.143, \"source\": " + SOURCE + "}}",
                        "json.type", "$.weeksPerYear.value", "\"52.143\""),
                broken("an unquoted decimal figure in YAML", "t.yaml", "id: testshire\nname: T\nextends: england-default\n"
                        + "unspentBalanceWeeks:\n  value: 4\n  source: {kind: COUNCIL_POLICY, citation: p}\n",
                        "json.type", "$.unspentBalanceWeeks.value", "text in quotes"),
                broken("a YAML number where text belongs", "t.yaml", "id: testshire\nname: 2024\nextends: england-default\n",
                        "json.type", "$.name", "text in quotes"),
                broken("an object where a list belongs", "t.json", "{" + HEAD + ", \"questions\": {\"id\": \"q1\"}}",
                        "json.type", "$.questions", "a list"),
                broken("text where an object belongs", "t.json", "{" + HEAD + ", \"rounding\": \"HALF_UP\"}",
                        "json.type", "$.rounding", "an object"),
                broken("an explicit null", "t.json", "{" + HEAD + ", \"about\": null}",
                        "json.type", "$.about", "leave the field out"),
                broken("an unknown unit", "t.json", "{" + HEAD
                        + ", \"initialReview\": {\"value\": {\"amount\": 2, \"unit\": \"FORTNIGHTS\", \"anchor\": \"SIGN_OFF\"}, \"source\": "
                        + SOURCE + "}}",
                        "json.unknown-value", "$.initialReview.value.unit", "WEEKS, MONTHS"),
                broken("an unknown rounding rule", "t.yml", "id: testshire\nname: T\nextends: england-default\n"
                        + "rounding:\n  value: HALF_DOWN\n  source: {kind: COUNCIL_POLICY, citation: p}\n",
                        "json.unknown-value", "$.rounding.value", "HALF_UP, HALF_EVEN, DOWN, UP"),
                broken("a lower-case plan section", "t.json", "{" + HEAD + ", \"questions\": [{\"id\": \"q1\", \"text\": \"Why?\", "
                        + "\"answeredBy\": [\"NEEDS\", \"outcomes\"], \"source\": " + SOURCE + "}]}",
                        "json.unknown-value", "$.questions[0].answeredBy[1]", "OUTCOMES"),
                broken("an unknown kind of source", "t.json", "{" + HEAD + ", \"spendRules\": [{\"id\": \"spend.illegal\", "
                        + "\"source\": {\"kind\": \"WEBSITE\", \"citation\": \"x\"}}]}",
                        "json.unknown-value", "$.spendRules[0].source.kind", "COUNCIL_PAGE"),
                broken("a duplicate key in JSON", "t.json", "{" + HEAD + ", \"name\": \"Again\"}",
                        "json.duplicate-key", "$.name", "'name' appears twice"),
                broken("a duplicate key in YAML", "t.yaml", "id: testshire\nname: T\nextends: england-default\nid: other\n",
                        "json.duplicate-key", "$.id", "'id' appears twice"),
                broken("malformed JSON", "t.json", "{" + HEAD + ", \"spendRules\": [}",
                        "json.syntax", "$.spendRules[0]", "line 1"),
                broken("malformed YAML", "t.yaml", "id: testshire\nname: [unclosed\n",
                        "json.syntax", "$.name[0]", "line 3"),
                broken("a list instead of a profile", "t.json", "[]",
                        "json.type", "$", "an object"),
                broken("an empty file", "t.json", "",
                        "json.type", "$", "empty"),
                broken("two YAML documents in one file", "t.yaml",
                        "id: testshire\nname: T\nextends: england-default\n---\nid: other\n",
                        "json.syntax", "$", "one profile"));
    }

    private static Arguments broken(String what, String file, String content, String rule, String path, String hint) {
        return Arguments.of(what, file, content, rule, path, hint);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileStopsLoadingNamingTheFilePathAndRule(String what, String name, String content, String rule, String path,
                                                        String hint) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);
        assertThatThrownBy(() -> ProfileFiles.load(dir))
                .isInstanceOfSatisfying(ProfileFileException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo(rule);
                    assertThat(e.path()).isEqualTo(path);
                    assertThat(e.file()).isEqualTo(file.toString());
                    assertThat(e.detail()).contains(hint);
                    assertThat(e.getMessage()).contains(file.toString(), path, "[" + rule + "]", hint);
                });
    }

    @Test
    void twoFilesWithTheSameIdAreRefused() throws IOException {
        Files.writeString(dir.resolve("a.json"), "{" + HEAD + "}");
        Path second = Files.writeString(dir.resolve("b.yaml"), "id: testshire\nname: Other\nextends: england-default\n");
        assertThatThrownBy(() -> ProfileFiles.load(dir))
                .isInstanceOfSatisfying(ProfileFileException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("profile.duplicate-id");
                    assertThat(e.file()).isEqualTo(second.toString());
                    assertThat(e.path()).isEqualTo("$.id");
                    assertThat(e.detail()).contains(dir.resolve("a.json").toString());
                });
    }

    @Test
    void aCircleOfProfilesIsRefusedAgainstTheFileThatClosesIt() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "id: alpha\nname: A\nextends: beta\n");
        Files.writeString(dir.resolve("b.yaml"), "id: beta\nname: B\nextends: gamma\n");
        Path closing = Files.writeString(dir.resolve("c.yaml"), "id: gamma\nname: C\nextends: beta\n");
        assertThatThrownBy(() -> ProfileFiles.load(dir))
                .isInstanceOfSatisfying(ProfileFileException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("profile.extends-cycle");
                    assertThat(e.path()).isEqualTo("$.extends");
                    assertThat(e.file()).isEqualTo(closing.toString());
                    assertThat(e.detail()).contains("beta -> gamma -> beta");
                });
    }

    @Test
    void aLocalRuleMayNotReuseTheIdOfALocalRuleItsParentHasInForce() throws IOException {
        Files.writeString(dir.resolve("testshire.yaml"), "id: testshire\nname: T\nextends: england-default\nlocalRules:\n"
                + "  - {id: testshire.spend.x, reason: not paid, categories: [x-ray], source: {kind: COUNCIL_POLICY, citation: p}}\n");
        Path child = Files.writeString(dir.resolve("north.yaml"), "id: north\nname: N\nextends: testshire\nlocalRules:\n"
                + "  - {id: north.spend.y, reason: not paid, categories: [y-ray], source: {kind: COUNCIL_POLICY, citation: q}}\n"
                + "  - {id: testshire.spend.x, reason: not at all, words: [x], source: {kind: COUNCIL_POLICY, citation: q}}\n");
        assertThatThrownBy(() -> ProfileFiles.load(dir))
                .isInstanceOfSatisfying(ProfileFileException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("profile.duplicate-rule");
                    assertThat(e.file()).isEqualTo(child.toString());
                    assertThat(e.path()).isEqualTo("$.localRules[1].id");
                    assertThat(e.detail()).contains("testshire.spend.x", "already in force in testshire");
                });
    }

    @Test
    void aBrokenParentIsReportedAgainstItsOwnFileNotItsChildren() throws IOException {
        Files.writeString(dir.resolve("a-child.yaml"), "id: child\nname: Child\nextends: parent\n");
        Path parent = Files.writeString(dir.resolve("z-parent.yaml"), "id: parent\nname: Parent\nextends: england-default\n"
                + "weeksPerYear:\n  value: \"51\"\n  source: {kind: COUNCIL_POLICY, citation: p}\n");
        assertThatThrownBy(() -> ProfileFiles.load(dir))
                .isInstanceOfSatisfying(ProfileFileException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("profile.weeks-per-year");
                    assertThat(e.file()).isEqualTo(parent.toString());
                });
    }
}
