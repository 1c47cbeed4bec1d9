package org.supportplan.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.changed;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.created;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.draft;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.read;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.supportplan.application.audit.Actor;
import org.supportplan.application.audit.AuditAction;
import org.supportplan.application.audit.AuditChain;
import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.out.AuditTrail;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SupportPlan;

/**
 * What every {@link AuditTrail} must do (part of {@link StoreContract}): number its entries from 1 without
 * gaps, chain each to the one before with {@link AuditEntry#next}, keep every entry exactly as written
 * (hashes included, never recomputed), never fork however many writers append at once, and restore an
 * exported trail only entry by entry in order.
 */
public interface AuditTrailContract extends ContractStore {

    @Test
    default void anEmptyTrailHasNoEntriesAndIsIntact() {
        assertThat(trail().entries(1, 10)).isEmpty();
        assertThat(AuditChain.verify(trail())).isEqualTo(new AuditChain.Verification.Intact(0, AuditEntry.GENESIS));
    }

    @Test
    default void appendedEntriesAreNumberedAndChainedInOrder() {
        SupportPlan plan = draft(PlanId.random(), "Read three times");

        AuditEntry first = trail().append(read(plan, "CM-1"));
        AuditEntry second = trail().append(read(plan, "CM-2"));
        AuditEntry third = trail().append(read(plan, "cli:jsmith"));

        assertThat(first).isEqualTo(AuditEntry.first(read(plan, "CM-1")));
        assertThat(second).isEqualTo(first.next(read(plan, "CM-2")));
        assertThat(third).isEqualTo(second.next(read(plan, "cli:jsmith")));
        assertThat(trail().entries(1, 10)).containsExactly(first, second, third);
        assertThat(AuditChain.verify(trail())).isEqualTo(new AuditChain.Verification.Intact(3, third.hash()));
    }

    @Test
    default void writesOfPlansAndReadsShareOneChainAndRefusedWritesAppendNothing() {
        SupportPlan v1 = draft(PlanId.random(), "Drafted");
        SupportPlan edited = draft(v1.id(), "Edited");
        plans().create(v1, created(v1));
        AuditEntry read = trail().append(read(v1, "CM-7"));
        plans().update(v1.id(), Revision.FIRST, List.of(edited), changed(v1, edited));
        plans().update(v1.id(), Revision.FIRST, List.of(edited), changed(v1, edited));
        SupportPlan ghost = draft(PlanId.random(), "Never created");
        plans().update(ghost.id(), Revision.FIRST, List.of(ghost), created(ghost));
        assertThatThrownBy(() -> plans().create(v1, created(v1))).isInstanceOf(IllegalStateException.class);

        List<AuditEntry> entries = trail().entries(1, 10);

        assertThat(entries).extracting(AuditEntry::event).containsExactly(created(v1), read(v1, "CM-7"), changed(v1, edited));
        assertThat(entries.get(1)).isEqualTo(read);
        assertThat(AuditChain.verify(trail())).isInstanceOf(AuditChain.Verification.Intact.class);
    }

    @Test
    default void entriesArePagedFromASequenceNumber() {
        SupportPlan plan = draft(PlanId.random(), "Read");
        List<AuditEntry> appended = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            appended.add(trail().append(read(plan, "CM-" + i)));
        }

        assertThat(trail().entries(3, 2)).containsExactly(appended.get(2), appended.get(3));
        assertThat(trail().entries(7, 10)).containsExactly(appended.get(6));
        assertThat(trail().entries(8, 10)).isEmpty();
        assertThat(trail().entries(1, 0)).isEmpty();
        assertThat(trail().entries(1, 7)).containsExactlyElementsOf(appended);
    }

    @Test
    default void anyEventIsKeptExactly() {
        qt().withExamples(150).forAll(events()).checkAssert(event -> {
            AuditEntry appended = trail().append(event);

            assertThat(appended.event()).isEqualTo(event);
            assertThat(trail().entries(appended.sequence(), 1)).containsExactly(appended);
        });
        assertThat(AuditChain.verify(trail())).isInstanceOf(AuditChain.Verification.Intact.class);
    }

    @Test
    default void concurrentAppendsAndWritesNeverForkTheChain() throws Exception {
        int appenders = 6;
        int each = 40;
        int creators = 2;
        List<Callable<List<AuditEntry>>> work = new ArrayList<>();
        for (int a = 0; a < appenders; a++) {
            String reader = "CM-" + a;
            work.add(() -> {
                SupportPlan plan = draft(PlanId.random(), "Read by " + reader);
                List<AuditEntry> mine = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    mine.add(trail().append(read(plan, reader)));
                }
                return mine;
            });
        }
        for (int c = 0; c < creators; c++) {
            work.add(() -> {
                for (int i = 0; i < each; i++) {
                    SupportPlan plan = draft(PlanId.random(), "Created while others read");
                    plans().create(plan, created(plan));
                }
                return List.of();
            });
        }

        List<AuditEntry> returned = ContractFixtures.runTogether(work).stream().flatMap(List::stream).toList();

        int total = (appenders + creators) * each;
        List<AuditEntry> stored = trail().entries(1, total + 10);
        assertThat(stored).extracting(AuditEntry::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
        assertThat(stored).containsAll(returned);
        assertThat(AuditChain.verify(trail())).isEqualTo(new AuditChain.Verification.Intact(total, stored.get(total - 1).hash()));
    }

    @Test
    default void restoredEntriesAreKeptExactlyAndTheChainGoesOnFromThem() {
        List<AuditEntry> exported = foreignTrail(5);

        exported.forEach(trail()::restore);
        SupportPlan plan = draft(PlanId.random(), "Read after the import");
        AuditEntry next = trail().append(read(plan, "CM-9"));

        assertThat(trail().entries(1, 5)).containsExactlyElementsOf(exported);
        assertThat(next).isEqualTo(exported.get(4).next(read(plan, "CM-9")));
        assertThat(AuditChain.verify(trail())).isEqualTo(new AuditChain.Verification.Intact(6, next.hash()));
    }

    @Test
    default void restoreRefusesAnEntryThatDoesNotFollowTheLastAndWritesNothing() {
        List<AuditEntry> exported = foreignTrail(3);
        AuditEntry first = exported.get(0);
        AuditEntry second = exported.get(1);
        AuditEntry wrongPrevious = AuditEntry.sealed(1, first.event(), "f".repeat(64));

        assertThatThrownBy(() -> trail().restore(second)).isInstanceOf(IllegalStateException.class).hasMessageContaining("2");
        assertThatThrownBy(() -> trail().restore(wrongPrevious)).isInstanceOf(IllegalStateException.class);
        assertThat(trail().entries(1, 10)).isEmpty();

        trail().restore(first);
        assertThatThrownBy(() -> trail().restore(first)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> trail().restore(exported.get(2))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> trail().restore(AuditEntry.sealed(2, second.event(), wrongPrevious.hash())))
                .isInstanceOf(IllegalStateException.class);
        assertThat(trail().entries(1, 10)).containsExactly(first);

        trail().restore(second);
        assertThat(trail().entries(1, 10)).containsExactly(first, second);
    }

    @Test
    default void aRestoredEntryIsKeptEvenWhenItsHashIsWrongSoTheDamageIsFound() {
        List<AuditEntry> exported = foreignTrail(3);
        AuditEntry genuine = exported.get(1);
        // The same place in the chain, an altered event, the genuine hashes: an entry changed after it was written.
        AuditEvent altered = new AuditEvent(genuine.event().at(), Actor.of("someone-else"), genuine.event().action(),
                genuine.event().plan(), genuine.event().person(), genuine.event().from(), genuine.event().to());
        AuditEntry damaged = new AuditEntry(2, altered, genuine.previousHash(), genuine.hash());

        trail().restore(exported.get(0));
        trail().restore(damaged);
        trail().restore(exported.get(2));

        assertThat(trail().entries(2, 1)).containsExactly(damaged);
        assertThat(AuditChain.verify(trail())).isInstanceOfSatisfying(AuditChain.Verification.Broken.class,
                broken -> assertThat(broken.sequence()).isEqualTo(2));
    }

    /** A trail as another store would have written it. */
    private static List<AuditEntry> foreignTrail(int length) {
        SupportPlan plan = draft(PlanId.random(), "Elsewhere");
        List<AuditEntry> entries = new ArrayList<>();
        entries.add(AuditEntry.first(created(plan)));
        for (int i = 2; i <= length; i++) {
            entries.add(entries.get(i - 2).next(read(plan, "elsewhere:" + i)));
        }
        return entries;
    }

    /** Any event: instants with nanoseconds over ten thousand years, every action, actors and people at their limits. */
    private static Gen<AuditEvent> events() {
        Gen<Instant> instants = SourceDSL.longs().between(-62_135_596_800L, 253_402_300_799L)
                .zip(SourceDSL.integers().between(0, 999_999_999), Instant::ofEpochSecond);
        Gen<Actor> actors = Generate.pick(List.of("CM-0042", "cli:jsmith", "http:anonymous", "a", "x".repeat(100),
                "svc.account_1@council.gov.uk/desk-3", "0:9")).map(Actor::of);
        Gen<PersonId> people = Generate.pick(List.of("P-1", "p", "9".repeat(64), "A-b-C")).map(PersonId::of);
        Gen<AuditEvent.VersionState> states = SourceDSL.integers().between(1, Integer.MAX_VALUE)
                .zip(Generate.enumValues(PlanStatus.class), AuditEvent.VersionState::new);
        Gen<AuditEvent.VersionState> maybe = SourceDSL.booleans().all().zip(states, (none, state) -> none ? null : state);
        Gen<PlanId> plans = SourceDSL.longs().all().zip(SourceDSL.longs().all(), (a, b) -> new PlanId(new UUID(a, b)));
        return instants.zip(actors, Generate.enumValues(AuditAction.class), plans, (at, actor, action, plan) -> new Object[] {at, actor, action, plan})
                .zip(people, maybe, states, (k, person, from, to) -> new AuditEvent((Instant) k[0], (Actor) k[1],
                        (AuditAction) k[2], (PlanId) k[3], person, from, to));
    }
}
