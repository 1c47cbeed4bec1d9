package org.supportplan.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that change stored plans (with revisions), verify the audit trail, inspect the store,
 * and move a whole store (plans, reviews, accounts with their transactions and audit reports, the trail) between
 * databases, run in-process against SQLite files.
 */
class StorageCommandsTest {

    private static final Path DERBYSHIRE = Path.of("..", "examples", "plans", "derbyshire-agreeable.json");
    private static final Path GAMBLING = Path.of("..", "examples", "transactions", "prohibited-gambling.csv");
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
        assertThat(exported.err()).contains("Exported 1 plans (1 versions), 0 reviews").contains("and 3 audit trail entries")
                .contains("intact");
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

    @Test
    void aStoreWithReviewsAndAnAuditedAccountMovesWhole() throws Exception {
        run("plan", "submit", id);
        run("plan", "sign-off", id, "--by", "CM-0042", "--final-budget", "15500.00", "--actor", "CM-0042");
        run("plan", "activate", id, "--on", "2026-11-23");
        Cli.Result reviewed = run("review", "record", id, "--held-on", "2026-11-23", "--trigger", "SCHEDULED_INITIAL", "--method",
                "PHONE_CALL", "--participant", "PERSON", "--participant", "CARE_MANAGER", "--outcome", "NO_CHANGE", "--actor", "CM-0042");
        assertThat(reviewed.code()).as(reviewed.err()).isZero();
        assertThat(run("review", "request", id, "--by", "CARER", "--on", "2026-11-20").code()).isZero();
        assertThat(run("account", "open", id, "--account", "DP-100234", "--level", "enhanced", "--assessed-by", "CM-0042").code()).isZero();
        Cli.Result csv = run("account", "import", "DP-100234", GAMBLING.toString(), "--actor", "FA-0003");
        assertThat(csv.code()).as(csv.err()).isZero();
        Cli.Result audited = run("account", "audit", "DP-100234", "--from", "2027-01-04", "--to", "2027-03-28", "--json", "--actor", "FA-0003");
        assertThat(audited.code()).as(audited.err()).isEqualTo(ExitCodes.REFUSED);
        long rows = Files.readAllLines(GAMBLING).size() - 1;
        Path export = dir.resolve("council.jsonl");

        Cli.Result exported = run("export", "--to", export.toString());

        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.err()).contains("Exported 1 plans (1 versions), 1 reviews, 1 review requests, 0 agreed review intervals, "
                + "1 direct-payment accounts (1 imported files, " + rows + " transactions, 1 audit reports) and").contains("intact");
        String target = "jdbc:sqlite:" + dir.resolve("moved.db");
        Cli.Result imported = Cli.run("import", "--from", export.toString(), "--store", target, "--actor", "DBA-01");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("Imported 1 plans (1 versions), 1 reviews, 1 review requests");
        assertThat(Cli.run("audit-trail", "verify", "--store", target).code()).isZero();
        Map<String, String> original = counts(run("db", "info").out());
        Map<String, String> moved = counts(Cli.run("db", "info", "--store", target).out());
        assertThat(original).containsEntry("reviews", "1").containsEntry("accounts", "1")
                .containsEntry("transactions", Long.toString(rows)).containsEntry("auditReports", "1");
        // The trail is the exported one and then the import's own entry for the plan (PLAN_IMPORTED).
        original.put("auditEntries", Long.toString(Long.parseLong(original.get("auditEntries")) + 1));
        assertThat(moved).isEqualTo(original);
        // What the moved store answers is what the original answers: the account with its monitoring level and report, the
        // review schedule (the review and the request), the caseload, and the stored transactions re-audited.
        for (String[] command : List.of(new String[] {"account", "show", "DP-100234"}, new String[] {"review", "schedule", id},
                new String[] {"review", "due", "--council", "derbyshire", "--within", "53w", "--json"},
                new String[] {"account", "audit", "DP-100234", "--from", "2027-01-04", "--to", "2027-03-28", "--json"})) {
            List<String> there = new ArrayList<>(List.of(command));
            there.addAll(List.of("--store", target));
            assertThat(Cli.run(there.toArray(String[]::new)).out()).as(String.join(" ", command)).isEqualTo(run(command).out());
        }
        assertThat(run("account", "show", "DP-100234").out()).contains("enhanced").contains("audit ");
        Cli.Result again = Cli.run("account", "import", "DP-100234", GAMBLING.toString(), "--store", target);
        assertThat(again.code()).as("the file's import moved with the account").isEqualTo(ExitCodes.REFUSED);
    }

    /** The counts {@code db info} prints, without the store's description and schema version. */
    private static Map<String, String> counts(String info) {
        Map<String, String> counts = new TreeMap<>();
        info.lines().map(String::strip).map(line -> line.split("\\s+")).filter(words -> words.length == 2)
                .filter(words -> words[1].matches("\\d+") && !words[0].equals("schemaVersion"))
                .forEach(words -> counts.put(words[0], words[1]));
        return counts;
    }
}
