package org.supportplan.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that change stored plans (with revisions), verify the audit trail, inspect the store,
 * and move a whole store between databases, run in-process against SQLite files.
 */
class StorageCommandsTest {

    private static final Path DERBYSHIRE = Path.of("..", "examples", "plans", "derbyshire-agreeable.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String store;
    private String id;

    @BeforeEach
    void aDraftPlan() {
        store = "jdbc:sqlite:" + dir.resolve("plans.db");
        Cli.Result created = Cli.run("plan", "create", "--file", DERBYSHIRE.toString(), "--store", store, "--actor", "CW-0107");
        assertThat(created.code()).as(created.err()).isZero();
        id = created.out().strip();
    }

    private Cli.Result run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--store";
        all[args.length + 1] = store;
        return Cli.run(all);
    }

    @Test
    void aPlanGoesThroughItsLifecycleFromTheCommandLine() throws Exception {
        assertThat(run("plan", "show", id).out()).contains("Revision: 1");
        assertThat(run("plan", "submit", id, "--if-match", "1").out()).contains("version 1 is SUBMITTED (revision 2)");
        assertThat(run("plan", "sign-off", id, "--by", "CM-0042", "--final-budget", "15500.00", "--actor", "CM-0042").out())
                .contains("is AGREED (revision 3)");
        assertThat(run("plan", "activate", id, "--on", "2026-12-01").out()).contains("is ACTIVE");
        Cli.Result revised = run("plan", "revise", id, "--json");
        assertThat(revised.code()).isZero();
        assertThat(JSON.readTree(revised.out()).get("version").asInt()).isEqualTo(2);
        assertThat(run("plan", "edit", id, "--file", DERBYSHIRE.toString()).out()).contains("version 2 is DRAFT");
        assertThat(run("plan", "show", id).out()).contains("version 2 (DRAFT)").contains("Revision: 6");
    }

    @Test
    void aChangeBasedOnAStaleRevisionIsRefusedWithExitOneAndChangesNothing() {
        assertThat(run("plan", "submit", id, "--if-match", "1").code()).isZero();

        Cli.Result stale = run("plan", "return", id, "--reason", "Please add a second contingency plan", "--if-match", "1");

        assertThat(stale.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(stale.err()).contains("has changed since the revision this change was based on")
                .contains("now at revision 2").contains("Nothing was changed");
        assertThat(run("plan", "show", id).out()).contains("(SUBMITTED)").contains("Revision: 2");
    }

    @Test
    void refusalsAndFindingsExitWithOne() {
        Cli.Result early = run("plan", "activate", id, "--on", "2026-12-01");
        assertThat(early.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(early.err()).contains("refused by rule lifecycle.activate").contains("source:");

        run("plan", "submit", id);
        Cli.Result tooLittle = run("plan", "sign-off", id, "--by", "CM-0042", "--final-budget", "9000.00");
        assertThat(tooLittle.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(tooLittle.err()).contains("cannot be agreed").contains("[signoff.cost-above-budget]");

        assertThat(run("plan", "submit", "3f2b8c1e-0d4a-4c3e-9a57-2f1d6b7e8a90").err()).contains("no plan with id");
        assertThat(run("plan", "submit", "not-a-uuid").code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("plan", "sign-off", id, "--by", "CM-0042", "--final-budget", "12.345").code()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void theAuditTrailVerifiesAndATamperedEntryIsNamed() throws Exception {
        run("plan", "submit", id, "--actor", "CW-0107");
        run("plan", "show", id, "--actor", "CM-0042");

        Cli.Result intact = run("audit-trail", "verify");
        assertThat(intact.code()).as(intact.err()).isZero();
        assertThat(intact.out()).contains("is intact: 3 entries");

        // Someone with the database file drops the guard and edits who read the plan.
        try (Connection db = DriverManager.getConnection(store); Statement sql = db.createStatement()) {
            sql.execute("DROP TRIGGER audit_entry_no_update");
            sql.execute("UPDATE audit_entry SET actor = 'someone-else' WHERE sequence_no = 2");
        }
        Cli.Result broken = run("audit-trail", "verify");
        assertThat(broken.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(broken.err()).contains("broken at entry 2").contains("changed after it was written");
    }

    @Test
    void dbInfoAndMigrateSayWhatTheStoreHolds() {
        run("plan", "submit", id);
        Cli.Result info = run("db", "info");
        assertThat(info.code()).isZero();
        assertThat(info.out()).containsPattern("plans\\s+1").containsPattern("planVersions\\s+1")
                .containsPattern("auditEntries\\s+2").containsPattern("schemaVersion\\s+\\d+");
        assertThat(run("db", "migrate").out()).startsWith("Up to date: sqlite");
    }

    @Test
    void aWholeStoreMovesToAnotherDatabaseWithItsTrailIntact() throws Exception {
        run("plan", "submit", id);
        run("plan", "sign-off", id, "--by", "CM-0042", "--final-budget", "15500.00");
        Path export = dir.resolve("export.jsonl");

        Cli.Result exported = run("export", "--to", export.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.err()).contains("Exported 1 plans (1 versions) and 3 audit trail entries").contains("intact");
        assertThat(run("export", "--to", export.toString()).code()).as("never overwrites").isEqualTo(ExitCodes.BAD_INPUT);

        String target = "jdbc:sqlite:" + dir.resolve("moved.db");
        Cli.Result imported = Cli.run("import", "--from", export.toString(), "--store", target, "--actor", "DBA-01");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(Cli.run("plan", "show", id, "--store", target, "--json").out()).isEqualTo(run("plan", "show", id, "--json").out());
        assertThat(Cli.run("audit-trail", "verify", "--store", target).code()).isZero();

        Cli.Result again = Cli.run("import", "--from", export.toString(), "--store", target);
        assertThat(again.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(again.err()).contains("not empty");

        Path broken = Files.writeString(dir.resolve("broken.jsonl"), "{\"type\":\"header\"}\nnot json\n");
        Cli.Result bad = Cli.run("import", "--from", broken.toString(), "--store", "jdbc:sqlite:" + dir.resolve("fresh.db"));
        assertThat(bad.code()).isEqualTo(ExitCodes.BAD_INPUT);
    }
}
