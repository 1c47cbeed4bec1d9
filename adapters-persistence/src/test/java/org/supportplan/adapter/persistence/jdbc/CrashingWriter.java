package org.supportplan.adapter.persistence.jdbc;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.supportplan.adapter.persistence.contract.ContractFixtures;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.application.port.out.Store;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SupportPlan;

/**
 * The process {@link CrashSafety} kills: it opens the store at {@code args[0]} and writes plans to it
 * until it is killed (or a minute has passed), printing {@code READY} once the store is open and then
 * one {@code ACK} line for each write the store acknowledged. Every write adds the plan's next version,
 * and sometimes also replaces the version before it in the same write, so a half-written write would
 * show as a revision without its version or a version without its neighbour.
 */
public final class CrashingWriter {

    private static final Pattern WORDS = Pattern.compile("Write (\\d+)");

    private CrashingWriter() {
    }

    /** {@code args}: the store URL and a random seed. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Random random = new Random(Long.parseLong(args[1]));
        long deadline = System.nanoTime() + 60_000_000_000L;
        try (Store store = new JdbcStoreProvider().open(args[0])) {
            out.println("READY");
            PlanRepository plans = store.plans();
            List<PlanId> mine = new ArrayList<>();
            List<Integer> revisions = new ArrayList<>();
            for (long n = 1; System.nanoTime() < deadline; n++) {
                if (mine.isEmpty() || random.nextInt(10) < 4) {
                    PlanId id = PlanId.random();
                    SupportPlan plan = written(id, 1, n);
                    plans.create(plan, ContractFixtures.created(plan));
                    mine.add(id);
                    revisions.add(1);
                    out.println("ACK " + id + " 1 " + n + " 0");
                } else {
                    int which = random.nextInt(mine.size());
                    PlanId id = mine.get(which);
                    int revision = revisions.get(which);
                    SupportPlan next = written(id, revision + 1, n);
                    boolean replace = random.nextBoolean();
                    List<SupportPlan> versions = replace ? List.of(replaced(id, revision), next) : List.of(next);
                    AuditEvent event = ContractFixtures.changed(written(id, revision, 0), next);
                    PlanRepository.Update update = plans.update(id, new Revision(revision), versions, event);
                    if (!(update instanceof PlanRepository.Update.Written)) {
                        throw new IllegalStateException("the writer alone writes its plans, yet got " + update);
                    }
                    revisions.set(which, revision + 1);
                    out.println("ACK " + id + " " + (revision + 1) + " " + n + " " + (replace ? 1 : 0));
                }
            }
        }
    }

    /** The version written by write {@code n}. */
    static SupportPlan written(PlanId id, int version, long n) {
        return ContractFixtures.version(id, version, PlanStatus.DRAFT, "Write " + n);
    }

    /** A version as a later write replaced it. */
    static SupportPlan replaced(PlanId id, int version) {
        return ContractFixtures.version(id, version, PlanStatus.REPLACED, "Replaced");
    }

    /** The write that wrote {@code plan}, if {@link #written} did. */
    static long writeOf(SupportPlan plan) {
        Matcher matcher = WORDS.matcher(plan.content().whatIsImportant().text());
        if (!matcher.matches()) {
            throw new AssertionError("a version the writer never writes: " + plan);
        }
        return Long.parseLong(matcher.group(1));
    }
}
