package org.supportplan.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.testdata.AccountFixtures;
import org.supportplan.domain.testdata.PlanFixtures;
import org.supportplan.domain.validation.InvalidValueException;

/** Which version of a plan was in force on a day. */
class PlanHistoryTest {

    private static final SupportPlan V1 = AccountFixtures.agreed(1, PlanFixtures.completeContent(), Instant.parse("2026-12-01T10:00:00Z"));
    private static final SupportPlan V2 = AccountFixtures.agreed(2, PlanFixtures.completeContent(), Instant.parse("2027-03-15T16:00:00Z"));

    private static SupportPlan draft(int version) {
        return SupportPlan.restore(PlanFixtures.PLAN_ID, version, V1.person(), V1.council(), PlanStatus.DRAFT, PlanFixtures.CREATED_AT,
                PlanFixtures.completeContent(), List.of(), null, null, null);
    }

    private static SupportPlan ended(SupportPlan plan, LocalDate on) {
        return SupportPlan.restore(plan.id(), plan.version(), plan.person(), plan.council(), PlanStatus.ENDED, plan.createdAt(),
                plan.content(), List.of(), plan.signOff().orElseThrow(), plan.supportStart().orElse(null), on);
    }

    @Test
    void nothingIsInForceBeforeTheFirstSignOff() {
        PlanHistory history = PlanHistory.of(List.of(V1));

        assertThat(history.inForceOn(LocalDate.of(2026, 11, 30))).isEmpty();
        assertThat(history.inForceOn(LocalDate.of(2026, 12, 1))).contains(V1);
        assertThat(history.inForceOn(LocalDate.of(2030, 1, 1))).contains(V1);
    }

    @Test
    void aLaterSignOffReplacesTheVersionInForceFromItsDay() {
        PlanHistory history = PlanHistory.of(List.of(V2, draft(3), V1));

        assertThat(history.inForceOn(LocalDate.of(2027, 3, 14))).contains(V1);
        assertThat(history.inForceOn(LocalDate.of(2027, 3, 15))).contains(V2);
        assertThat(history.versionsInForce()).extracting(PlanHistory.VersionInForce::from, PlanHistory.VersionInForce::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 14)),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 3, 15), null));
    }

    @Test
    void draftsAndUnsignedVersionsAreNeverInForce() {
        PlanHistory history = PlanHistory.of(List.of(draft(1)));

        assertThat(history.versionsInForce()).isEmpty();
        assertThat(history.inForceOn(LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(history.plan()).contains(PlanFixtures.PLAN_ID);
    }

    @Test
    void signOffInstantsBecomeDatesInEnglishTime() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
        SupportPlan late = AccountFixtures.agreed(1, PlanFixtures.completeContent(), Instant.parse("2027-06-30T23:30:00Z"));
        PlanHistory history = PlanHistory.of(List.of(late));

        assertThat(PlanHistory.signedOffOn(late)).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(history.inForceOn(LocalDate.of(2027, 6, 30))).isEmpty();
        assertThat(history.inForceOn(LocalDate.of(2027, 7, 1))).contains(late);
        // In winter English time is UTC.
        SupportPlan winter = AccountFixtures.agreed(1, PlanFixtures.completeContent(), Instant.parse("2027-01-31T23:30:00Z"));
        assertThat(PlanHistory.signedOffOn(winter)).isEqualTo(LocalDate.of(2027, 1, 31));
    }

    @Test
    void aVersionIsNotInForceAfterItEnded() {
        PlanHistory history = PlanHistory.of(List.of(ended(V1, LocalDate.of(2027, 1, 31))));

        assertThat(history.inForceOn(LocalDate.of(2027, 1, 31))).contains(history.versionsInForce().get(0).version());
        assertThat(history.inForceOn(LocalDate.of(2027, 2, 1))).isEmpty();
        // The gap is not filled by an older version; the next sign-off starts a new span.
        PlanHistory restarted = PlanHistory.of(List.of(ended(V1, LocalDate.of(2027, 1, 31)), V2));
        assertThat(restarted.inForceOn(LocalDate.of(2027, 2, 20))).isEmpty();
        assertThat(restarted.inForceOn(LocalDate.of(2027, 3, 15))).contains(V2);
    }

    @Test
    void ofTwoVersionsSignedOffOnOneDayTheLaterSignOffIsInForce() {
        SupportPlan morning = AccountFixtures.agreed(1, PlanFixtures.completeContent(), Instant.parse("2027-02-01T09:00:00Z"));
        SupportPlan afternoon = AccountFixtures.agreed(2, PlanFixtures.completeContent(), Instant.parse("2027-02-01T15:00:00Z"));

        PlanHistory history = PlanHistory.of(List.of(afternoon, morning));

        assertThat(history.versionsInForce()).extracting(v -> v.version().version()).containsExactly(2);
        assertThat(history.inForceOn(LocalDate.of(2027, 2, 1))).contains(afternoon);
    }

    @Test
    void aHistoryHoldsOnePlanWithEachVersionOnce() {
        SupportPlan other = SupportPlan.restore(PlanId.random(), 2, V1.person(), V1.council(), PlanStatus.DRAFT, PlanFixtures.CREATED_AT,
                PlanFixtures.completeContent(), List.of(), null, null, null);
        assertThatThrownBy(() -> PlanHistory.of(List.of(V1, other))).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.ruleId()).isEqualTo("plan-history.one-plan");
            assertThat(e.field()).isEqualTo("history[1]");
        });
        assertThatThrownBy(() -> PlanHistory.of(List.of(V1, draft(1)))).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.ruleId()).isEqualTo("plan-history.unique-version"));
    }

    @Test
    void anEmptyHistoryHasNothingInForce() {
        assertThat(PlanHistory.of(List.of()).inForceOn(LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(PlanHistory.of(List.of()).plan()).isEmpty();
    }
}
