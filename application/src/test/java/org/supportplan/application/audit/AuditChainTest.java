package org.supportplan.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;

class AuditChainTest {

    private static final PlanId PLAN = PlanId.parse("7b0e1f52-3c1a-4d8e-9f00-1a2b3c4d5e6f");

    private static AuditEvent event(int n) {
        return new AuditEvent(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n), Actor.of("CM-" + n), AuditAction.PLAN_READ,
                PLAN, PersonId.of("P-1"), new AuditEvent.VersionState(1, PlanStatus.DRAFT),
                new AuditEvent.VersionState(1, PlanStatus.DRAFT));
    }

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 1; i <= length; i++) {
            entries.add(entries.isEmpty() ? AuditEntry.first(event(i)) : entries.get(entries.size() - 1).next(event(i)));
        }
        return entries;
    }

    private static AuditChain.Verification verify(List<AuditEntry> entries) {
        return AuditChain.verify((from, limit) -> entries.stream().filter(e -> e.sequence() >= from).limit(limit).toList());
    }

    @Test
    void anEmptyOrAnUntouchedTrailIsIntactAcrossPages() {
        assertThat(verify(List.of())).isEqualTo(new AuditChain.Verification.Intact(0, AuditEntry.GENESIS));
        List<AuditEntry> entries = chain(AuditChain.PAGE * 2 + 7);
        assertThat(verify(entries)).isEqualTo(new AuditChain.Verification.Intact(entries.size(),
                entries.get(entries.size() - 1).hash()));
    }

    @Test
    void theHashIsAFixedFunctionOfTheEntrySoEveryStoreComputesTheSame() {
        AuditEntry first = AuditEntry.first(event(1));
        assertThat(first.previousHash()).isEqualTo(AuditEntry.GENESIS);
        assertThat(first.hash()).matches("[0-9a-f]{64}").isEqualTo(AuditEntry.first(event(1)).hash());
        assertThat(first.next(event(2)).previousHash()).isEqualTo(first.hash());
        assertThat(AuditEntry.first(event(2)).hash()).isNotEqualTo(first.hash());
    }

    @Test
    void anyChangedEntryIsNamedAsTheFirstBrokenOne() {
        // The entry to tamper with is drawn within the chain, so no generated case is thrown away.
        qt().forAll(integers().between(1, 40).flatMap(length -> integers().between(1, length).map(at -> new int[] {length, at})))
                .checkAssert(pair -> {
                    int length = pair[0];
                    int at = pair[1];
                    List<AuditEntry> entries = new ArrayList<>(chain(length));
                    AuditEntry original = entries.get(at - 1);
                    // Someone edits the actor in place, keeping the stored hashes.
                    AuditEvent edited = new AuditEvent(original.event().at(), Actor.of("someone-else"), original.event().action(),
                            original.event().plan(), original.event().person(), original.event().from(), original.event().to());
                    entries.set(at - 1, new AuditEntry(original.sequence(), edited, original.previousHash(), original.hash()));

                    assertThat(verify(entries)).isInstanceOfSatisfying(AuditChain.Verification.Broken.class, broken -> {
                        assertThat(broken.sequence()).isEqualTo((long) at);
                        assertThat(broken.reason()).contains("changed after it was written");
                    });
                });
    }

    @Test
    void aRemovedEntryOrARewrittenTailIsFound() {
        List<AuditEntry> removed = new ArrayList<>(chain(10));
        removed.remove(4);
        assertThat(verify(removed)).isInstanceOfSatisfying(AuditChain.Verification.Broken.class,
                broken -> assertThat(broken.sequence()).isEqualTo(5));

        // Rehashing an edited entry does not help: the next entry still names the old hash.
        List<AuditEntry> rehashed = new ArrayList<>(chain(10));
        AuditEntry third = rehashed.get(2);
        rehashed.set(2, AuditEntry.sealed(3, event(99), third.previousHash()));
        assertThat(verify(rehashed)).isInstanceOfSatisfying(AuditChain.Verification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(4);
            assertThat(broken.reason()).contains("does not follow entry 3");
        });
    }
}
