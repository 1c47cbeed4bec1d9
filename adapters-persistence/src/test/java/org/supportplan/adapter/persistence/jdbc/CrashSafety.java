package org.supportplan.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.supportplan.application.audit.AuditChain;
import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.port.StoredPlan;
import org.supportplan.application.port.out.Store;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;

/**
 * A write is all or nothing, even when the process dies in the middle of it. A child JVM
 * ({@link CrashingWriter}, on this test's class path) writes a stream of plans; it is killed with SIGKILL
 * a random short time after it starts writing, again and again on the same store. After each kill the
 * store opens, every write the child saw acknowledged is there exactly, at most the one write in flight
 * was also written (whole), every version of every plan reads back, no plan exists without its versions,
 * each plan's revision counts its versions, and the audit trail holds one entry per write in an intact chain.
 */
abstract class CrashSafety {

    /** The URL of the store the child and the checks share. */
    protected abstract String url();

    /** How many times the child is killed. */
    protected abstract int rounds();

    /** What the acknowledged writes said each plan must hold: its revision and its versions by number. */
    private final Map<PlanId, Integer> revisions = new HashMap<>();
    private final Map<PlanId, Map<Integer, SupportPlan>> versions = new HashMap<>();

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndNoWriteIsHalfDone() throws Exception {
        String url = url();
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        long started = System.nanoTime();
        int acknowledged = 0;
        int inFlightWritten = 0;
        for (int round = 1; round <= rounds(); round++) {
            List<String> lines = runAndKill(url, random.nextLong(), 10 + random.nextInt(300));
            List<String> acks = lines.stream().filter(line -> line.startsWith("ACK ")).toList();
            acknowledged += acks.size();
            acks.forEach(this::expect);
            inFlightWritten += checkStore(url, "round " + round + " (seed " + seed + ")");
        }
        DatabaseTimings.log("%s: %d kills, %d acknowledged writes, %d unacknowledged writes found whole, in %d ms",
                getClass().getSimpleName(), rounds(), acknowledged, inFlightWritten, (System.nanoTime() - started) / 1_000_000);
        assertThat(acknowledged).as("the child wrote nothing before it was killed").isPositive();
    }

    /** Starts the child, lets it write for {@code millis} once it has acknowledged a write, kills it; its output. */
    private static List<String> runAndKill(String url, long seed, int millis) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(), url, Long.toString(seed))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> lines = new ArrayList<>();
        CompletableFuture<Void> firstAck = new CompletableFuture<>();
        CompletableFuture<Void> drained = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    if (line.startsWith("ACK ")) {
                        firstAck.complete(null);
                    }
                }
                drained.complete(null);
            } catch (IOException e) {
                drained.completeExceptionally(e);
            }
            firstAck.complete(null);
        });
        reader.start();
        try {
            firstAck.get(60, TimeUnit.SECONDS);
            Thread.sleep(millis);
        } finally {
            // SIGKILL through the handle: Process.destroyForcibly would also close our end of the child's
            // output, losing acknowledgements still in the pipe.
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child ended").isTrue();
        }
        drained.get(30, TimeUnit.SECONDS);
        synchronized (lines) {
            assertThat(lines).as("the child started writing").anyMatch(line -> line.startsWith("ACK "));
            return List.copyOf(lines);
        }
    }

    /** Takes in what one acknowledged write said it wrote. */
    private void expect(String ack) {
        String[] parts = ack.split(" ");
        PlanId id = PlanId.parse(parts[1]);
        int revision = Integer.parseInt(parts[2]);
        long write = Long.parseLong(parts[3]);
        Map<Integer, SupportPlan> plan = versions.computeIfAbsent(id, any -> new HashMap<>());
        plan.put(revision, CrashingWriter.written(id, revision, write));
        if (parts[4].equals("1")) {
            plan.put(revision - 1, CrashingWriter.replaced(id, revision - 1));
        }
        revisions.put(id, revision);
    }

    /** Checks the store after a kill; returns how many writes it holds that were not acknowledged (0 or 1). */
    private int checkStore(String url, String round) {
        try (Store store = new JdbcStoreProvider().open(url)) {
            int unacknowledged = 0;
            long writes = 0;
            Set<String> written = new HashSet<>();
            Optional<PlanId> after = Optional.empty();
            List<PlanId> page;
            do {
                page = store.plans().ids(after, 200);
                for (PlanId id : page) {
                    StoredPlan latest = store.plans().findById(id).orElseThrow();
                    List<SupportPlan> history = store.plans().history(id);
                    int revision = (int) latest.revision().value();
                    assertThat(history).as("%s: plan %s at revision %d", round, id, revision)
                            .extracting(SupportPlan::version)
                            .containsExactlyElementsOf(IntStream.rangeClosed(1, revision).boxed().toList());
                    unacknowledged += checkPlan(id, revision, history, round);
                    writes += revision;
                    for (int v = 1; v <= revision; v++) {
                        written.add(id + " v" + v);
                    }
                }
                after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1));
            } while (!page.isEmpty());
            assertThat(revisions.keySet()).as("%s: every acknowledged plan is stored", round)
                    .allSatisfy(id -> assertThat(store.plans().findById(id)).isPresent());
            assertThat(unacknowledged).as("%s: writes stored without an acknowledgement", round).isLessThanOrEqualTo(1);

            // One audit entry per write, telling which version it wrote, in a chain that verifies.
            assertThat(store.info()).as(round).containsEntry("planVersions", Long.toString(writes))
                    .containsEntry("auditEntries", Long.toString(writes));
            assertThat(AuditChain.verify(store.auditTrail())).as(round).isInstanceOf(AuditChain.Verification.Intact.class);
            List<String> entries = new ArrayList<>();
            List<AuditEntry> trailPage;
            long from = 1;
            do {
                trailPage = store.auditTrail().entries(from, 1000);
                trailPage.forEach(entry -> entries.add(entry.event().plan() + " v" + entry.event().to().version()));
                from += trailPage.size();
            } while (!trailPage.isEmpty());
            assertThat(entries).as(round).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(written);
            return unacknowledged;
        }
    }

    /**
     * Checks one plan against the acknowledged writes; returns 1 if it holds a write that was not acknowledged.
     * That write (the one in flight at the kill) must be whole too: its new version is one the writer writes,
     * and the version before it is as acknowledged or replaced.
     */
    private int checkPlan(PlanId id, int revision, List<SupportPlan> history, String round) {
        Integer acknowledged = revisions.get(id);
        Map<Integer, SupportPlan> expected = versions.computeIfAbsent(id, any -> new HashMap<>());
        int known = acknowledged == null ? 0 : acknowledged;
        assertThat(revision).as("%s: plan %s revision", round, id).isBetween(known, known + 1);
        for (SupportPlan stored : history) {
            int v = stored.version();
            if (v <= known - 1 || (v == known && revision == known)) {
                assertThat(stored).as("%s: plan %s version %d", round, id, v).isEqualTo(expected.get(v));
            } else if (v == known) {
                assertThat(stored).as("%s: plan %s version %d", round, id, v)
                        .isIn(expected.get(v), CrashingWriter.replaced(id, v));
            } else {
                assertThat(stored).as("%s: plan %s version %d, written in flight", round, id, v)
                        .isEqualTo(CrashingWriter.written(id, v, CrashingWriter.writeOf(stored)));
            }
        }
        // What is stored now is what later rounds must find.
        history.forEach(stored -> expected.put(stored.version(), stored));
        revisions.put(id, revision);
        return revision - known;
    }
}
