package org.supportplan.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.supportplan.application.audit.Actor;
import org.supportplan.application.port.ChangeContext;
import org.supportplan.application.port.in.CheckOutcome;
import org.supportplan.application.port.in.DatedPlanCommand;
import org.supportplan.application.port.in.EditPlanCommand;
import org.supportplan.application.port.in.PlanChange;
import org.supportplan.application.port.in.PlanCommand;
import org.supportplan.application.port.in.ReturnPlanCommand;
import org.supportplan.application.port.in.SignOffCommand;
import org.supportplan.application.port.out.CouncilProfiles;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.application.testdata.InMemoryStore;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.signoff.SignOffCheck;
import org.supportplan.domain.testdata.PlanFixtures;
import org.supportplan.domain.testdata.ProfileFixtures;

class PlanLifecycleServiceTest {

    private static final Instant NOON = Instant.parse("2026-04-20T12:00:00Z");

    private final InMemoryStore store = new InMemoryStore();
    private final PlanRepository plans = store.plans();
    private final CouncilProfiles profiles = new CouncilProfiles() {
        private final Map<CouncilId, CouncilProfile> byId = Map.of(
                CouncilId.of("derbyshire"), ProfileFixtures.derbyshire(), CouncilId.of("bury"), ProfileFixtures.bury());

        @Override
        public List<CouncilProfile> all() {
            return byId.values().stream().sorted(java.util.Comparator.comparing(p -> p.id().value())).toList();
        }

        @Override
        public Optional<CouncilProfile> find(CouncilId council) {
            return Optional.ofNullable(byId.get(council));
        }
    };
    private final PlanLifecycleService service = new PlanLifecycleService(plans, store.auditTrail(), profiles, Clock.fixed(NOON, ZoneOffset.UTC));
    private static final ChangeContext BY = ChangeContext.by(Actor.of("CM-0042"));
    private final CouncilService councils = new CouncilService(profiles);
    private final PlanId id = PlanFixtures.PLAN_ID;

    private SupportPlan submitted() {
        store.put(PlanFixtures.aDraftPlan());
        return changed(service.submit(new PlanCommand(id), BY));
    }

    private static SupportPlan changed(PlanChange change) {
        assertThat(change).isInstanceOf(PlanChange.Changed.class);
        return ((PlanChange.Changed) change).plan();
    }

    @Test
    void signingOffSetsTheFinalBudgetWhoAndWhen() {
        submitted();
        SupportPlan agreed = changed(service.signOff(new SignOffCommand(id, "CM-0042", Money.parse("15500.00")), BY));

        assertThat(agreed.status()).isEqualTo(PlanStatus.AGREED);
        assertThat(agreed.content().budget().finalBudget()).contains(Money.parse("15500.00"));
        assertThat(agreed.content().budget().councilAmountAnnual()).isEqualTo(Money.parse("13160.00"));
        assertThat(agreed.signOff()).hasValueSatisfying(s -> {
            assertThat(s.signedOffBy()).isEqualTo("CM-0042");
            assertThat(s.at()).isEqualTo(NOON);
        });
        assertThat(plans.findById(id).orElseThrow().plan()).isEqualTo(agreed);
    }

    @Test
    void aFinalBudgetBelowTheCostIsNotAgreeableAndNothingIsStored() {
        submitted();
        int writesBefore = store.writes();
        PlanChange change = service.signOff(new SignOffCommand(id, "CM-0042", Money.parse("9000.00")), BY);

        assertThat(change).isInstanceOfSatisfying(PlanChange.NotAgreeable.class, n -> assertThat(n.report().findings())
                .extracting(f -> f.rule()).containsExactly(SignOffCheck.COST_ABOVE_BUDGET));
        assertThat(store.writes()).isEqualTo(writesBefore);
        assertThat(plans.findById(id).orElseThrow().plan().status()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void signingOffADraftIsRefusedByTheLifecycleRule() {
        store.put(PlanFixtures.aDraftPlan());
        assertThat(service.signOff(new SignOffCommand(id, "CM-0042", Money.parse("16000.00")), BY))
                .isInstanceOfSatisfying(PlanChange.Refused.class, r -> assertThat(r.rule().value()).isEqualTo("lifecycle.agree"));
    }

    @Test
    void aContributionAboveTheFinalBudgetIsRefusedNotThrown() {
        submitted();
        assertThat(service.signOff(new SignOffCommand(id, "CM-0042", Money.parse("1000.00")), BY))
                .isInstanceOfSatisfying(PlanChange.Refused.class,
                        r -> assertThat(r.rule().value()).isEqualTo("lifecycle.agree-contribution"));
    }

    @Test
    void agreeingARevisionReplacesTheVersionInForceInOneSave() {
        submitted();
        changed(service.signOff(new SignOffCommand(id, "CM-0042", Money.parse("16000.00")), BY));
        changed(service.activate(new DatedPlanCommand(id, LocalDate.of(2026, 5, 4)), BY));
        SupportPlan v2 = changed(service.revise(new PlanCommand(id), BY));
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plans.findVersion(id, 1).orElseThrow().status()).isEqualTo(PlanStatus.ACTIVE);

        PlanContent changedContent = v2.content().toBuilder().contingencyPlan(
                org.supportplan.domain.plan.Narrative.of("My neighbour has a key and will call the agency.")).build();
        changed(service.edit(new EditPlanCommand(id, changedContent), BY));
        changed(service.submit(new PlanCommand(id), BY));
        changed(service.signOff(new SignOffCommand(id, "CM-0042", Money.parse("16000.00")), BY));

        assertThat(plans.history(id)).extracting(SupportPlan::version, SupportPlan::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, PlanStatus.REPLACED),
                        org.assertj.core.groups.Tuple.tuple(2, PlanStatus.AGREED));
    }

    @Test
    void returningNeedsReasonsAndALaterEditMakesItADraftAgain() {
        submitted();
        SupportPlan returned = changed(service.returnPlan(new ReturnPlanCommand(id, List.of("Please add a second contingency")), BY));
        assertThat(returned.status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(returned.returnReasons()).containsExactly("Please add a second contingency");
        SupportPlan edited = changed(service.edit(new EditPlanCommand(id, PlanFixtures.completeContent()), BY));
        assertThat(edited.status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void unknownPlansAndCouncilsAreReportedAsSuch() {
        PlanId missing = PlanId.random();
        assertThat(service.submit(new PlanCommand(missing), BY)).isEqualTo(new PlanChange.NotFound(missing));
        assertThat(service.check(new PlanCommand(missing), BY.actor())).isEqualTo(new CheckOutcome.PlanNotFound(missing));
        assertThat(councils.check(CouncilId.of("kent"), PlanFixtures.completeContent()))
                .isInstanceOfSatisfying(CheckOutcome.UnknownCouncil.class, u -> assertThat(u.known())
                        .containsExactly(CouncilId.of("bury"), CouncilId.of("derbyshire")));
    }

    @Test
    void checkingAStoredPlanUsesItsOwnCouncilsProfileAndChangesNothing() {
        SupportPlan draft = PlanFixtures.aDraftPlan();
        SupportPlan withFood = SupportPlan.draft(id, draft.person(), CouncilId.of("bury"), draft.content().toBuilder()
                .supportItem(PlanFixtures.item("i9", "Weekly food shop", "food",
                        org.supportplan.domain.plan.PaymentRoute.DIRECT_PAYMENT, "40.00"))
                .build(), draft.createdAt());
        store.put(withFood);

        assertThat(service.check(new PlanCommand(id), BY.actor())).isInstanceOfSatisfying(CheckOutcome.Checked.class, c -> {
            assertThat(c.report().profile().id()).isEqualTo(CouncilId.of("bury"));
            assertThat(c.report().findings()).extracting(f -> f.path() + " " + f.rule().value())
                    .contains("$.supportItems[2] spend.everyday-living-costs");
        });
        assertThat(plans.history(id)).containsExactly(withFood);
    }

    @Test
    void checkingAFileUsesTheNamedCouncilsProfile() {
        PlanContent withFood = PlanFixtures.completeContent().toBuilder()
                .supportItem(PlanFixtures.item("i9", "Weekly food shop", "food",
                        org.supportplan.domain.plan.PaymentRoute.DIRECT_PAYMENT, "40.00"))
                .build();
        assertThat(councils.check(CouncilId.of("bury"), withFood)).isInstanceOfSatisfying(CheckOutcome.Checked.class,
                c -> assertThat(c.report().findings()).extracting(f -> f.rule().value()).contains("spend.everyday-living-costs"));
        assertThat(councils.check(CouncilId.of("derbyshire"), withFood)).isInstanceOfSatisfying(CheckOutcome.Checked.class,
                c -> assertThat(c.report().findings()).extracting(f -> f.rule().value()).doesNotContain("spend.everyday-living-costs"));
    }
}
