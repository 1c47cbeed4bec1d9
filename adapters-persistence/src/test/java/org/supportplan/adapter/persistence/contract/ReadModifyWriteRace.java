package org.supportplan.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.supportplan.application.audit.AuditChain;
import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.StoredPlan;
import org.supportplan.application.port.out.AuditTrail;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SupportPlan;

/**
 * Many writers racing on one plan, each reading it, adding the next version and writing it based on the
 * revision it read, again and again until enough of its writes are taken (a stale write is read again and
 * retried, as a person would). Writers may use different repositories on one database, as service instances
 * would. Then {@link #assertNothingLost} checks that compare-and-set let no write overwrite another.
 */
public final class ReadModifyWriteRace {

    private final PlanId id = PlanId.random();
    private final List<Written> written = new ArrayList<>();
    private final AtomicInteger stale = new AtomicInteger();
    private SupportPlan created;

    /** One write that was taken. */
    record Written(Revision revision, SupportPlan version, AuditEvent event) {
    }

    /**
     * Creates the plan through {@code instances.get(0)}, then runs {@code writersPerInstance} writers on each
     * repository, each until {@code writesEach} of its writes are taken.
     */
    public static ReadModifyWriteRace run(List<PlanRepository> instances, int writersPerInstance, int writesEach) throws Exception {
        ReadModifyWriteRace race = new ReadModifyWriteRace();
        race.created = ContractFixtures.draft(race.id, "Created before the race");
        instances.get(0).create(race.created, ContractFixtures.created(race.created));
        List<Callable<List<Written>>> writers = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
            for (int w = 0; w < writersPerInstance; w++) {
                String name = "instance " + i + " writer " + w;
                PlanRepository plans = instances.get(i);
                writers.add(() -> race.write(plans, name, writesEach));
            }
        }
        for (List<Written> mine : ContractFixtures.runTogether(writers)) {
            race.written.addAll(mine);
        }
        return race;
    }

    private List<Written> write(PlanRepository plans, String writer, int writes) {
        List<Written> mine = new ArrayList<>();
        while (mine.size() < writes) {
            StoredPlan read = plans.findById(id).orElseThrow(() -> new AssertionError("the plan vanished"));
            SupportPlan next = ContractFixtures.version(id, read.plan().version() + 1, PlanStatus.DRAFT,
                    writer + ", write " + (mine.size() + 1));
            AuditEvent event = ContractFixtures.changed(read.plan(), next);
            PlanRepository.Update update = plans.update(id, read.revision(), List.of(next), event);
            if (update instanceof PlanRepository.Update.Written taken) {
                mine.add(new Written(taken.revision(), next, event));
            } else if (update instanceof PlanRepository.Update.Stale) {
                stale.incrementAndGet();
            } else {
                throw new AssertionError("the plan went missing: " + update);
            }
        }
        return mine;
    }

    /** How many writes were taken. */
    public int writes() {
        return written.size();
    }

    /** How many writes were refused as stale (and retried). */
    public int staleWrites() {
        return stale.get();
    }

    /**
     * Every taken write has a revision of its own, the plan's revision counts them all, every version each
     * wrote is stored exactly, and the trail, in a store that held nothing before the race, holds the
     * creation and one entry per taken write (no more: a stale write appends nothing) in an intact chain.
     */
    public void assertNothingLost(PlanRepository plans, AuditTrail trail) {
        List<Revision> revisions = written.stream().map(Written::revision).toList();
        assertThat(revisions).doesNotHaveDuplicates();
        assertThat(revisions).allSatisfy(r -> assertThat(r.value()).isBetween(2L, 1L + written.size()));
        StoredPlan last = plans.findById(id).orElseThrow();
        assertThat(last.revision()).isEqualTo(new Revision(1L + written.size()));

        List<SupportPlan> history = plans.history(id);
        assertThat(history).hasSize(1 + written.size());
        assertThat(history.get(0)).isEqualTo(created);
        for (Written write : written) {
            assertThat(plans.findVersion(id, write.version().version())).as("the version written at revision %s", write.revision())
                    .contains(write.version());
        }

        AuditChain.Verification chain = AuditChain.verify(trail);
        assertThat(chain).isInstanceOfSatisfying(AuditChain.Verification.Intact.class,
                intact -> assertThat(intact.entries()).isEqualTo(1L + written.size()));
        List<AuditEvent> events = new ArrayList<>();
        long from = 1;
        List<AuditEntry> page;
        do {
            page = trail.entries(from, 500);
            page.forEach(entry -> events.add(entry.event()));
            from += page.size();
        } while (!page.isEmpty());
        // A write's entry is appended in its own transaction, so the trail tells the writes in revision order.
        List<AuditEvent> expected = new ArrayList<>();
        expected.add(ContractFixtures.created(created));
        written.stream().sorted(Comparator.comparing(Written::revision)).forEach(write -> expected.add(write.event()));
        assertThat(events).containsExactlyElementsOf(expected);
    }
}
