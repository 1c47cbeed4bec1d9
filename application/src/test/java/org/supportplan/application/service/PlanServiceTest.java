package org.supportplan.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supportplan.application.port.in.CommandRejectedException;
import org.supportplan.application.port.in.DraftPlanCommand;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.testdata.PlanFixtures;

class PlanServiceTest {

    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");
    private static final PlanId FIXED_ID = new PlanId(UUID.fromString("00000000-0000-4000-8000-000000000001"));

    private final Map<PlanId, SupportPlan> saved = new HashMap<>();
    private final PlanRepository repository = new PlanRepository() {
        @Override
        public void save(SupportPlan plan) {
            saved.put(plan.id(), plan);
        }

        @Override
        public Optional<SupportPlan> findById(PlanId id) {
            return Optional.ofNullable(saved.get(id));
        }
    };
    private final PlanService service = new PlanService(repository, Clock.fixed(NOON, ZoneOffset.UTC), () -> FIXED_ID);

    @Test
    void draftsAPlanStampedByTheInjectedClockAndStoresIt() {
        SupportPlan plan = service.draftPlan(new DraftPlanCommand(PersonId.of("P-1"), CouncilId.of("bury"),
                Narrative.of("Going to the football with my brother"), List.of(PlanFixtures.dayCentre())));

        assertThat(plan.id()).isEqualTo(FIXED_ID);
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.createdAt()).isEqualTo(NOON);
        assertThat(plan.supportItems()).containsExactly(PlanFixtures.dayCentre());
        assertThat(service.findPlan(FIXED_ID)).contains(plan);
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(service.findPlan(PlanId.random())).isEmpty();
    }

    @Test
    void aCommandWithMissingFieldsIsRefusedWithEveryFieldNamed() {
        assertThatThrownBy(() -> new DraftPlanCommand(null, CouncilId.of("bury"), null, List.of()))
                .isInstanceOf(CommandRejectedException.class)
                .satisfies(e -> assertThat(((CommandRejectedException) e).violations())
                        .extracting(v -> v.path() + "/" + v.rule())
                        .containsExactly("personId/NotNull", "whatIsImportant/NotNull"));
        assertThat(saved).isEmpty();
    }

    @Test
    void aCommandWithANullItemIsRefusedNamingItsIndex() {
        List<org.supportplan.domain.plan.SupportItem> items = new java.util.ArrayList<>();
        items.add(PlanFixtures.dayCentre());
        items.add(null);
        assertThatThrownBy(() -> new DraftPlanCommand(PersonId.of("P-1"), CouncilId.of("bury"), Narrative.of("x"), items))
                .isInstanceOf(CommandRejectedException.class)
                .satisfies(e -> assertThat(((CommandRejectedException) e).violations())
                        .extracting(v -> v.path()).containsExactly("supportItems[1].<list element>"));
    }
}
