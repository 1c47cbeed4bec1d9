package org.supportplan.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.supportplan.application.audit.Actor;
import org.supportplan.application.audit.AuditAction;
import org.supportplan.application.audit.AuditChain;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.ChangeContext;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.in.CheckOutcome;
import org.supportplan.application.port.in.DatedPlanCommand;
import org.supportplan.application.port.in.PlanChange;
import org.supportplan.application.port.in.PlanCommand;
import org.supportplan.application.port.in.SignOffCommand;
import org.supportplan.application.port.out.CouncilProfiles;
import org.supportplan.application.testdata.InMemoryStore;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.testdata.PlanFixtures;
import org.supportplan.domain.testdata.ProfileFixtures;

/** Stale changes are refused without writing; every change and read lands in the trail with its actor and versions. */
class ChangesAndTheTrailTest {

    private static final Instant NOON = Instant.parse("2026-04-20T12:00:00Z");
    private static final Actor WORKER = Actor.of("CW-0107");
    private static final Actor MANAGER = Actor.of("CM-0042");

    private final InMemoryStore store = new InMemoryStore();
    private final CouncilProfiles profiles = new CouncilProfiles() {
        @Override
        public List<CouncilProfile> all() {
            return List.of(ProfileFixtures.derbyshire());
        }

        @Override
        public Optional<CouncilProfile> find(CouncilId council) {
            return all().stream().filter(p -> p.id().equals(council)).findFirst();
        }
    };
    private final PlanLifecycleService lifecycle = new PlanLifecycleService(store.plans(), store.auditTrail(), profiles,
            Clock.fixed(NOON, ZoneOffset.UTC));
    private final PlanId id = PlanFixtures.PLAN_ID;

    @Test
    void aChangeBasedOnTheCurrentRevisionIsWrittenAndMovesTheRevisionOn() {
        store.put(PlanFixtures.aDraftPlan());

        PlanChange change = lifecycle.submit(new PlanCommand(id), ChangeContext.by(WORKER, Revision.FIRST));

        assertThat(change).isInstanceOfSatisfying(PlanChange.Changed.class, c -> {
            assertThat(c.revision()).isEqualTo(new Revision(2));
            assertThat(c.plan().status()).isEqualTo(PlanStatus.SUBMITTED);
        });
        assertThat(store.plans().findById(id).orElseThrow().revision()).isEqualTo(new Revision(2));
    }

    @Test
    void aChangeBasedOnAnOldRevisionIsRefusedAsStaleAndNothingIsWritten() {
        store.put(PlanFixtures.aDraftPlan());
        lifecycle.submit(new PlanCommand(id), ChangeContext.by(WORKER, Revision.FIRST));
        int writes = store.writes();
        int entries = store.entries().size();

        // A second care manager decided on revision 1, before the plan was submitted.
        PlanChange stale = lifecycle.signOff(new SignOffCommand(id, "CM-0042", Money.parse("16000.00")),
                ChangeContext.by(MANAGER, Revision.FIRST));

        assertThat(stale).isEqualTo(new PlanChange.Stale(id, new Revision(2)));
        assertThat(store.writes()).isEqualTo(writes);
        assertThat(store.entries()).hasSize(entries);
        assertThat(store.plans().findById(id).orElseThrow().plan().status()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void aStaleOrAMissingPlanIsToldApart() {
        assertThat(lifecycle.submit(new PlanCommand(id), ChangeContext.by(WORKER, Revision.FIRST)))
                .isEqualTo(new PlanChange.NotFound(id));
        assertThat(lifecycle.submit(new PlanCommand(id), ChangeContext.by(WORKER))).isEqualTo(new PlanChange.NotFound(id));
    }

    @Test
    void aRefusedChangeWritesNothingToThePlanOrTheTrail() {
        store.put(PlanFixtures.aDraftPlan());

        PlanChange refused = lifecycle.activate(new DatedPlanCommand(id, LocalDate.of(2026, 5, 4)), ChangeContext.by(WORKER));

        assertThat(refused).isInstanceOf(PlanChange.Refused.class);
        assertThat(store.writes()).isZero();
        assertThat(store.entries()).isEmpty();
    }

    @Test
    void theTrailRecordsWhoChangedWhatFromWhichVersionToWhichAndWhoReadIt() {
        store.put(PlanFixtures.aDraftPlan());
        lifecycle.submit(new PlanCommand(id), ChangeContext.by(WORKER));
        lifecycle.signOff(new SignOffCommand(id, "CM-0042", Money.parse("16000.00")), ChangeContext.by(MANAGER));
        lifecycle.activate(new DatedPlanCommand(id, LocalDate.of(2026, 5, 4)), ChangeContext.by(MANAGER));
        lifecycle.revise(new PlanCommand(id), ChangeContext.by(WORKER));
        assertThat(lifecycle.check(new PlanCommand(id), MANAGER)).isInstanceOf(CheckOutcome.Checked.class);

        assertThat(store.entries()).extracting(e -> e.event().action(), e -> e.event().actor(),
                        e -> e.event().before().map(AuditEvent.VersionState::toString).orElse("-"), e -> e.event().to().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.PLAN_SUBMITTED, WORKER, "v1 DRAFT", "v1 SUBMITTED"),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.PLAN_AGREED, MANAGER, "v1 SUBMITTED", "v1 AGREED"),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.PLAN_ACTIVATED, MANAGER, "v1 AGREED", "v1 ACTIVE"),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.PLAN_REVISED, WORKER, "v1 ACTIVE", "v2 DRAFT"),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.PLAN_READ, MANAGER, "v2 DRAFT", "v2 DRAFT"));
        assertThat(store.entries()).allSatisfy(e -> {
            assertThat(e.event().at()).isEqualTo(NOON);
            assertThat(e.event().plan()).isEqualTo(id);
        });
        assertThat(new AuditTrailService(store.auditTrail()).verify()).isInstanceOf(AuditChain.Verification.Intact.class);
    }
}
