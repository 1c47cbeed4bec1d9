package org.supportplan.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real command line in-process against an SQLite file, checking exit codes and output. */
class CommandLineTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "plans", "derbyshire-agreeable.json");

    @TempDir
    Path dir;

    private String store;

    @BeforeEach
    void setUp() {
        store = "jdbc:sqlite:" + dir.resolve("cli.db");
    }

    private static Cli.Result run(String... args) {
        return Cli.run(args);
    }

    @Test
    void createsAPlanFromAFileAndShowsItBackAsTextAndJson() {
        Cli.Result created = run("plan", "create", "--file", EXAMPLE.toString(), "--store", store);
        assertThat(created.code()).as(created.err()).isZero();
        String id = created.out().strip();
        assertThat(id).matches("[0-9a-f-]{36}");

        Cli.Result text = run("plan", "show", id, "--store", store);
        assertThat(text.code()).isZero();
        assertThat(text.out())
                .contains("Support plan " + id + " version 1 (DRAFT)")
                .contains("Council:  derbyshire")
                .contains("Seeing my grandchildren")
                .contains("10.5 hours per week at 18.40 each; category personal-assistant -> n1 -> o1")
                .contains("2 sessions per week at 42.00 each; category day-service -> n2 -> o2")
                .contains("Indicative budget 16000.00 a year = contribution 2340.00 + council 13660.00");

        Cli.Result json = run("plan", "show", id, "--json", "--store", store);
        assertThat(json.code()).isZero();
        assertThat(json.out()).contains("\"id\" : \"" + id + "\"").contains("\"unitCost\" : \"18.40\"")
                .contains("\"createdAt\" : \"2026-11-23T10:15:00Z\"");
    }

    @Test
    void anUnknownPlanIsRefusedWithExitCodeOne() {
        Cli.Result result = run("plan", "show", "3f2b8c1e-0d4a-4c3e-9a57-2f1d6b7e8a90", "--store", store);
        assertThat(result.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(result.err()).contains("no plan with id 3f2b8c1e-0d4a-4c3e-9a57-2f1d6b7e8a90");
    }

    @Test
    void aMalformedIdIsBadInput() {
        Cli.Result result = run("plan", "show", "not-a-uuid", "--store", store);
        assertThat(result.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("plan id is a UUID");
    }

    @Test
    void aMissingFileIsBadInputAndStoresNothing() {
        Cli.Result result = run("plan", "create", "--file", dir.resolve("nope.json").toString(), "--store", store);
        assertThat(result.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("no such file");
    }

    @Test
    void malformedJsonIsBadInput() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.json"), "{\"personId\": \"P-1\",");
        Cli.Result result = run("plan", "create", "--file", file.toString(), "--store", store);
        assertThat(result.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("broken.json");
    }

    @Test
    void aFieldThatBreaksItsRuleIsNamedWithItsPath() throws Exception {
        String plan = Files.readString(EXAMPLE).replace("\"42.00\"", "\"42.001\"");
        Path file = Files.writeString(dir.resolve("bad-cost.json"), plan);
        Cli.Result result = run("plan", "create", "--file", file.toString(), "--store", store);
        assertThat(result.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("supportItems[1].unitCost");
    }

    @Test
    void versionAndHelpSucceed() {
        Cli.Result version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("supportplan ").doesNotContain("unknown");
        Cli.Result help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("serve").contains("plan").contains("Exit codes");
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(run().code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("frobnicate").code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("plan", "create").code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("serve", "--port", "70000", "--store", "memory:").code()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void anUnknownStoreFailsWithExitCodeThreeNamingInstalledStores() throws Exception {
        Cli.Result result = run("plan", "create", "--file", EXAMPLE.toString(), "--store", "nosuch:thing");
        assertThat(result.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err()).contains("no storage plug-in accepts").contains("sqlite");
    }
}
