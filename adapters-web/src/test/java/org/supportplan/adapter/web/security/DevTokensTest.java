package org.supportplan.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PersonId;

/** The development tokens file: what it holds, and every way it can be wrong (named without echoing a token). */
class DevTokensTest {

    private static final String TOKEN = "dev-cm-4f1c9a2e7b5d";

    @TempDir
    Path dir;

    private Path file(String json) throws Exception {
        Path file = dir.resolve("tokens.json");
        Files.writeString(file, json);
        return file;
    }

    private String refusal(String json) throws Exception {
        Path file = file(json);
        try {
            DevTokens.load(file);
        } catch (DevTokens.InvalidTokensFileException e) {
            assertThat(e.getMessage()).startsWith("dev tokens file " + file + ": ").doesNotContain(TOKEN, "short");
            return e.getMessage().substring(("dev tokens file " + file + ": ").length());
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void theFileNamesEachTokensCaller() throws Exception {
        DevTokens tokens = DevTokens.load(file("""
                {"tokens": [
                  {"token": "%s", "subject": "cm-0042", "role": "care-manager", "councils": ["derbyshire", "bury"]},
                  {"token": "dev-person-77d0c1aa", "subject": "u-100234", "role": "person", "people": ["P-100234"]},
                  {"token": "dev-advocate-0b1d2e3f", "subject": "adv-7", "role": "representative", "people": ["P-1", "P-2"]}
                ]}""".formatted(TOKEN)));

        assertThat(tokens.size()).isEqualTo(3);
        assertThat(tokens.authenticate(TOKEN)).isEqualTo(new Principal("cm-0042", Role.CARE_MANAGER, Set.of(),
                Set.of(CouncilId.of("derbyshire"), CouncilId.of("bury"))));
        assertThat(tokens.authenticate("dev-advocate-0b1d2e3f").people()).containsExactlyInAnyOrder(PersonId.of("P-1"), PersonId.of("P-2"));
        assertThatThrownBy(() -> tokens.authenticate("dev-cm-4f1c9a2e7b5e"))
                .isInstanceOfSatisfying(AuthenticationException.class,
                        e -> assertThat(e.reason()).isEqualTo(AuthenticationException.Reason.UNKNOWN_TOKEN));
    }

    @Test
    void aFileThatIsNotThereOrNotATokensDocumentIsRefused() throws Exception {
        assertThatThrownBy(() -> DevTokens.load(dir.resolve("absent.json")))
                .isInstanceOf(DevTokens.InvalidTokensFileException.class).hasMessageContaining("no such file");
        assertThat(refusal("{\"tokens\": [{\"token\": \"" + TOKEN + "\", \"subject\": \"cm-1\", \"role\"")).contains("is not a tokens document");
        assertThat(refusal("{\"tokens\": [{\"token\": \"" + TOKEN + "\", \"subject\": \"cm-1\", \"role\": \"care-manager\", \"councils\": [\"bury\"], \"password\": \"x\"}]}"))
                .contains("is not a tokens document");
        assertThat(refusal("{}")).isEqualTo("has no \"tokens\" list");
        assertThat(refusal("{\"tokens\": []}")).isEqualTo("has no tokens");
        assertThat(refusal("{\"tokens\": [null]}")).isEqualTo("tokens[0] is null");
    }

    @Test
    void eachEntryBreakingARuleIsNamedByItsPlace() throws Exception {
        String good = "{\"token\": \"" + TOKEN + "\", \"subject\": \"cm-1\", \"role\": \"care-manager\", \"councils\": [\"bury\"]}";
        assertThat(refusal("{\"tokens\": [" + good + ", {\"token\": \"short\", \"subject\": \"cm-2\", \"role\": \"care-manager\", \"councils\": [\"bury\"]}]}"))
                .startsWith("tokens[1].token must be 16 to 512");
        assertThat(refusal("{\"tokens\": [" + good + ", " + good.replace("cm-1", "cm-2") + "]}"))
                .isEqualTo("tokens[1].token is the same as an earlier entry's");
        assertThat(refusal("{\"tokens\": [" + good.replace("care-manager", "administrator") + "]}"))
                .startsWith("tokens[0].role must be one of person, representative, care-worker, care-manager, finance-auditor");
        assertThat(refusal("{\"tokens\": [" + good.replace("cm-1", "jane.smith@council.example") + "]}"))
                .startsWith("tokens[0].subject must be an opaque id");
        assertThat(refusal("{\"tokens\": [" + good.replace("[\"bury\"]", "[]") + "]}"))
                .isEqualTo("tokens[0]: a care-manager must name at least one council");
        assertThat(refusal("{\"tokens\": [" + good.replace("[\"bury\"]", "[\"Bury Council\"]") + "]}"))
                .isEqualTo("tokens[0].councils[0] is not a council id");
        assertThat(refusal("{\"tokens\": [{\"token\": \"" + TOKEN + "\", \"subject\": \"u-1\", \"role\": \"person\", \"people\": [\"P-1\", \"P-2\"]}]}"))
                .isEqualTo("tokens[0]: a person is linked to exactly one person, themself");
        assertThat(refusal("{\"tokens\": [{\"token\": \"" + TOKEN + "\", \"subject\": \"u-1\", \"role\": \"care-worker\", \"people\": [\"Jane Smith\"]}]}"))
                .startsWith("tokens[0].people[0] is not a person id");
    }

    @Test
    void theExampleInTheDocsLoads() throws Exception {
        String docs = Files.readString(Path.of("..", "docs", "security.md"));
        int start = docs.indexOf("```json\n{\"tokens\"");
        String example = docs.substring(start + "```json\n".length(), docs.indexOf("```", start + 7));

        assertThat(DevTokens.load(file(example)).size()).isPositive();
    }
}
