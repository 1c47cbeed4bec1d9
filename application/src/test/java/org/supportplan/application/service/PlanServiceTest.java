package org.supportplan.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supportplan.application.audit.Actor;
import org.supportplan.application.audit.AuditAction;
import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.StoredPlan;
import org.supportplan.application.port.in.CommandRejectedException;
import org.supportplan.application.port.in.DraftPlanCommand;
import org.supportplan.application.testdata.InMemoryStore;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.testdata.PlanFixtures;

class PlanServiceTest {

    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");
    private static final PlanId FIXED_ID = new PlanId(UUID.fromString("00000000-0000-4000-8000-000000000001"));
    private static final Actor WORKER = Actor.of("CW-0107");
    private static final Actor READER = Actor.of("http:anonymous");

    private final InMemoryStore store = new InMemoryStore();
    private final PlanService service = new PlanService(store.plans(), store.auditTrail(), Clock.fixed(NOON, ZoneOffset.UTC),
            () -> FIXED_ID);

    @Test
    void draftsAPlanStampedByTheInjectedClockAtTheFirstRevisionAndRecordsWhoDraftedIt() {
        StoredPlan stored = service.draftPlan(new DraftPlanCommand(PersonId.of("P-1"), CouncilId.of("bury"),
                PlanFixtures.completeContent()), WORKER);
        SupportPlan plan = stored.plan();

        assertThat(stored.revision()).isEqualTo(Revision.FIRST);
        assertThat(plan.id()).isEqualTo(FIXED_ID);
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.createdAt()).isEqualTo(NOON);
        assertThat(plan.version()).isEqualTo(1);
        assertThat(plan.content()).isEqualTo(PlanFixtures.completeContent());
        assertThat(store.entries()).extracting(AuditEntry::event).containsExactly(
                new AuditEvent(NOON, WORKER, AuditAction.PLAN_CREATED, FIXED_ID, PersonId.of("P-1"), null,
                        new AuditEvent.VersionState(1, PlanStatus.DRAFT)));
    }

    @Test
    void everyReadThatFindsAPlanIsRecordedUnderTheReader() {
        SupportPlan plan = service.draftPlan(new DraftPlanCommand(PersonId.of("P-1"), CouncilId.of("bury"),
                PlanFixtures.completeContent()), WORKER).plan();

        assertThat(service.findPlan(FIXED_ID, READER)).contains(new StoredPlan(plan, Revision.FIRST));
        assertThat(service.findVersion(FIXED_ID, 1, READER)).contains(plan);
        assertThat(service.history(FIXED_ID, READER)).containsExactly(plan);

        assertThat(store.entries()).extracting(e -> e.event().action() + " by " + e.event().actor())
                .containsExactly("PLAN_CREATED by CW-0107", "PLAN_READ by http:anonymous", "PLAN_READ by http:anonymous",
                        "PLAN_READ by http:anonymous");
    }

    @Test
    void findsNothingForAnUnknownIdAndRecordsNoRead() {
        assertThat(service.findPlan(PlanId.random(), READER)).isEmpty();
        assertThat(service.findVersion(PlanId.random(), 1, READER)).isEmpty();
        assertThat(service.history(PlanId.random(), READER)).isEmpty();
        assertThat(store.entries()).isEmpty();
    }

    @Test
    void aCommandWithMissingFieldsIsRefusedWithEveryFieldNamed() {
        assertThatThrownBy(() -> new DraftPlanCommand(null, CouncilId.of("bury"), null))
                .isInstanceOf(CommandRejectedException.class)
                .satisfies(e -> assertThat(((CommandRejectedException) e).violations())
                        .extracting(v -> v.path() + "/" + v.rule())
                        .containsExactly("content/NotNull", "personId/NotNull"));
        assertThat(store.writes()).isZero();
    }
}
