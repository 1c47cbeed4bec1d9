package org.supportplan.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.supportplan.adapter.persistence.contract.ContractFixtures;
import org.supportplan.application.audit.AuditChain;
import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;

/**
 * Group commit of audit appends, against a writer that keeps entries in a list the way a store's transaction
 * would: all of a batch or none of it.
 */
class GroupCommitTest {

    /** A chain in memory; each write is one "transaction", slow enough that callers pile up behind it. */
    private static final class ListWriter implements GroupCommit.Writer {
        final List<AuditEntry> entries = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        volatile String refusedReader = "";
        volatile long millisEach = 2;

        @Override
        public List<AuditEntry> write(List<AuditEvent> events) {
            sleep(millisEach);
            batchSizes.add(events.size());
            if (events.stream().anyMatch(event -> event.actor().id().equals(refusedReader))) {
                throw new IllegalStateException("the store did not write " + events.size() + " audit entries; nothing of it was written");
            }
            List<AuditEntry> written = new ArrayList<>();
            synchronized (entries) {
                for (AuditEvent event : events) {
                    AuditEntry entry = entries.isEmpty() && written.isEmpty() ? AuditEntry.first(event)
                            : (written.isEmpty() ? entries.get(entries.size() - 1) : written.get(written.size() - 1)).next(event);
                    written.add(entry);
                }
                entries.addAll(written);
            }
            return written;
        }
    }

    private final ListWriter writer = new ListWriter();
    private final GroupCommit commits = new GroupCommit(writer);

    @Test
    void everyCallerGetsItsOwnEntryInOneUnbrokenChainAndCallersArrivingTogetherShareCommits() throws Exception {
        int callers = 16;
        int each = 25;
        List<Callable<List<AuditEntry>>> work = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            String reader = "CM-" + c;
            SupportPlan plan = ContractFixtures.draft(PlanId.random(), "Read by " + reader);
            work.add(() -> {
                List<AuditEntry> mine = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    AuditEvent event = ContractFixtures.read(plan, reader);
                    AuditEntry entry = commits.append(event);
                    assertThat(entry.event()).isEqualTo(event);
                    mine.add(entry);
                }
                return mine;
            });
        }

        List<AuditEntry> returned = ContractFixtures.runTogether(work).stream().flatMap(List::stream).toList();

        int total = callers * each;
        assertThat(writer.entries).extracting(AuditEntry::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
        assertThat(returned).hasSize(total).containsExactlyInAnyOrderElementsOf(writer.entries);
        assertThat(AuditChain.verify(pages())).isInstanceOf(AuditChain.Verification.Intact.class);
        // Sixteen callers behind a 2 ms commit: commits hold several entries, so there are far fewer of them.
        assertThat(writer.batchSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        assertThat(writer.batchSizes.size()).isLessThan(total / 2);
        assertThat(writer.batchSizes).allMatch(size -> size <= GroupCommit.MAX_BATCH);
    }

    @Test
    void aLoneCallerIsCommittedAtOnce() {
        SupportPlan plan = ContractFixtures.draft(PlanId.random(), "Read alone");

        AuditEntry entry = commits.append(ContractFixtures.read(plan, "CM-1"));

        assertThat(entry.sequence()).isEqualTo(1);
        assertThat(writer.batchSizes).containsExactly(1);
    }

    @Test
    void anEventTheStoreRefusesFailsOnlyItsOwnCallerAndTheOthersInItsBatchAreWritten() throws Exception {
        writer.refusedReader = "CM-refused";
        writer.millisEach = 20;
        SupportPlan plan = ContractFixtures.draft(PlanId.random(), "Read together");
        // One caller holds the turn for 20 ms, so the others queue up and go out in one batch after it.
        Thread holder = holdTheTurn(plan, 5);
        List<Callable<String>> work = new ArrayList<>();
        for (String reader : List.of("CM-a", "CM-refused", "CM-b", "CM-c")) {
            work.add(() -> {
                try {
                    commits.append(ContractFixtures.read(plan, reader));
                    return reader + " written";
                } catch (IllegalStateException e) {
                    return reader + " refused: " + e.getMessage();
                }
            });
        }

        List<String> answers = ContractFixtures.runTogether(work);
        holder.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(answers).containsExactly("CM-a written",
                "CM-refused refused: the store did not write 1 audit entries; nothing of it was written",
                "CM-b written", "CM-c written");
        assertThat(writer.entries).extracting(entry -> entry.event().actor().id())
                .containsExactlyInAnyOrder("CM-first", "CM-a", "CM-b", "CM-c");
        assertThat(AuditChain.verify(pages())).isInstanceOf(AuditChain.Verification.Intact.class);
    }

    @Test
    void anInterruptedCallerStillWaitsForItsCommitAndKeepsItsInterrupt() throws Exception {
        writer.millisEach = 150;
        SupportPlan plan = ContractFixtures.draft(PlanId.random(), "Read while interrupted");
        Thread holder = holdTheTurn(plan, 20);
        java.util.concurrent.atomic.AtomicReference<AuditEntry> entry = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean stillInterrupted = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicLong cpuNanos = new java.util.concurrent.atomic.AtomicLong();
        Thread waiting = new Thread(() -> {
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long before = threads.getCurrentThreadCpuTime();
            entry.set(commits.append(ContractFixtures.read(plan, "CM-interrupted")));
            cpuNanos.set(threads.getCurrentThreadCpuTime() - before);
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        waiting.start();
        Thread.sleep(20);
        waiting.interrupt();
        waiting.join(TimeUnit.SECONDS.toMillis(10));
        holder.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(entry.get().event().actor().id()).isEqualTo("CM-interrupted");
        assertThat(writer.entries).extracting(AuditEntry::event).contains(entry.get().event());
        assertThat(stillInterrupted).isTrue();
        // It waited out two slow commits (about 300 ms) parked, not spinning on its interrupt.
        assertThat(cpuNanos.get()).isLessThan(TimeUnit.MILLISECONDS.toNanos(100));
    }

    @Test
    void anErrorInACommitAnswersEveryCallerWaitingOnItAndTheNextAppendStillWorks() {
        java.util.concurrent.atomic.AtomicBoolean failOnce = new java.util.concurrent.atomic.AtomicBoolean(true);
        GroupCommit failing = new GroupCommit(events -> {
            if (failOnce.getAndSet(false)) {
                throw new OutOfMemoryError("simulated");
            }
            return writer.write(events);
        });
        SupportPlan plan = ContractFixtures.draft(PlanId.random(), "Read");

        assertThatThrownBy(() -> failing.append(ContractFixtures.read(plan, "CM-1"))).isInstanceOf(OutOfMemoryError.class);
        assertThat(failing.append(ContractFixtures.read(plan, "CM-2")).sequence()).isEqualTo(1);
        assertThat(writer.entries).extracting(entry -> entry.event().actor().id()).containsExactly("CM-2");
    }

    /** Starts a caller appending a read by CM-first, and gives it {@code millis} to take the turn and begin writing. */
    private Thread holdTheTurn(SupportPlan plan, long millis) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            started.countDown();
            commits.append(ContractFixtures.read(plan, "CM-first"));
        });
        holder.start();
        started.await();
        Thread.sleep(millis);
        return holder;
    }

    private AuditChain.Pages pages() {
        return (from, limit) -> {
            synchronized (writer.entries) {
                int start = (int) Math.max(0, from - 1);
                return List.copyOf(writer.entries.subList(Math.min(start, writer.entries.size()),
                        Math.min(writer.entries.size(), start + limit)));
            }
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
