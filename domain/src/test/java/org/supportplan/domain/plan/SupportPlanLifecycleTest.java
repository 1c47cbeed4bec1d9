package org.supportplan.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.signoff.SignOffCheck;
import org.supportplan.domain.signoff.SignOffReport;
import org.supportplan.domain.testdata.PlanFixtures;
import org.supportplan.domain.testdata.ProfileFixtures;
import org.supportplan.domain.validation.InvalidValueException;

/** The plan lifecycle (ADR 0010) by example: each allowed step, each refusal and its rule. */
class SupportPlanLifecycleTest {

    private static final CouncilProfile DERBYSHIRE = ProfileFixtures.derbyshire();
    private static final Instant SIGNED_AT = Instant.parse("2026-04-20T15:00:00Z");
    private static final Money FINAL = Money.parse("15500.00");

    static SupportPlan done(Transition transition) {
        assertThat(transition).isInstanceOf(Transition.Done.class);
        return ((Transition.Done) transition).plan();
    }

    static Transition.Refused refused(Transition transition, String rule) {
        assertThat(transition).isInstanceOfSatisfying(Transition.Refused.class, r -> {
            assertThat(r.rule().value()).isEqualTo(rule);
            assertThat(r.reason()).isNotBlank();
            assertThat(r.source()).isEqualTo(SupportPlan.LIFECYCLE);
            assertThat(r.source().kind()).isEqualTo(RuleSource.Kind.SUPPORTPLAN_DEFAULT);
        });
        return (Transition.Refused) transition;
    }

    static SupportPlan submitted() {
        return done(PlanFixtures.aDraftPlan().submit());
    }

    static SignOffReport checkFor(SupportPlan plan, Money finalBudget) {
        return new SignOffCheck(DERBYSHIRE).check(plan.contentWithFinalBudget(finalBudget));
    }

    static SupportPlan agreed() {
        SupportPlan plan = submitted();
        return done(plan.agree(checkFor(plan, FINAL), new SignOff("CM-0042", SIGNED_AT, FINAL)));
    }

    static SupportPlan active() {
        return done(agreed().activate(LocalDate.of(2026, 5, 4)));
    }

    @Test
    void aDraftIsVersionOneWithNothingSignedOrStarted() {
        SupportPlan draft = PlanFixtures.aDraftPlan();
        assertThat(draft.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(draft.version()).isEqualTo(1);
        assertThat(draft.createdAt()).isEqualTo(PlanFixtures.CREATED_AT);
        assertThat(draft.signOff()).isEmpty();
        assertThat(draft.supportStart()).isEmpty();
        assertThat(draft.endedOn()).isEmpty();
        assertThat(draft.returnReasons()).isEmpty();
    }

    @Test
    void aDraftCanBeEditedAndSubmitted() {
        PlanContent changed = PlanFixtures.completeContent().toBuilder().whatIsImportant(Narrative.of("My garden")).build();
        SupportPlan edited = done(PlanFixtures.aDraftPlan().edit(changed));
        assertThat(edited.content()).isEqualTo(changed);
        assertThat(edited.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(done(edited.submit()).status()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void aSubmittedPlanIsReturnedOnlyWithReasonsWhichStayUntilItIsSubmittedAgain() {
        SupportPlan plan = submitted();
        refused(plan.returnWithReasons(List.of()), "lifecycle.return-reasons");
        refused(plan.returnWithReasons(null), "lifecycle.return-reasons");
        refused(plan.returnWithReasons(List.of("Add a contingency plan", " ")), "lifecycle.return-reasons");

        SupportPlan returned = done(plan.returnWithReasons(List.of("  Add a contingency plan  ")));
        assertThat(returned.status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(returned.returnReasons()).containsExactly("Add a contingency plan");

        SupportPlan editedAgain = done(returned.edit(PlanFixtures.completeContent()));
        assertThat(editedAgain.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(editedAgain.returnReasons()).containsExactly("Add a contingency plan");
        assertThat(done(returned.submit()).returnReasons()).isEmpty();
        assertThat(done(editedAgain.submit()).status()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void returningAPlanThatIsNotSubmittedIsRefused() {
        refused(PlanFixtures.aDraftPlan().returnWithReasons(List.of("No")), "lifecycle.return");
        refused(agreed().returnWithReasons(List.of("No")), "lifecycle.return");
    }

    @Test
    void agreeingSetsTheFinalBudgetAndRecordsTheSignOff() {
        SupportPlan plan = submitted();
        SignOff signOff = new SignOff("CM-0042", SIGNED_AT, FINAL);

        SupportPlan agreed = done(plan.agree(checkFor(plan, FINAL), signOff));

        assertThat(agreed.status()).isEqualTo(PlanStatus.AGREED);
        assertThat(agreed.signOff()).contains(signOff);
        assertThat(agreed.content().budget().finalBudget()).contains(FINAL);
        assertThat(agreed.content().budget().indicativeAnnual()).isEqualTo(Money.parse("16000.00"));
        assertThat(agreed.content().budget().councilAmountAnnual()).isEqualTo(Money.parse("13160.00"));
        assertThat(agreed.content()).isEqualTo(plan.contentWithFinalBudget(FINAL));
        assertThat(agreed.version()).isEqualTo(1);
    }

    @Test
    void onlyASubmittedPlanCanBeAgreed() {
        SupportPlan draft = PlanFixtures.aDraftPlan();
        refused(draft.agree(checkFor(draft, FINAL), new SignOff("CM-0042", SIGNED_AT, FINAL)), "lifecycle.agree");
        SupportPlan agreed = agreed();
        refused(agreed.agree(checkFor(agreed, FINAL), new SignOff("CM-0042", SIGNED_AT, FINAL)), "lifecycle.agree");
    }

    @Test
    void aPlanWithoutABudgetCannotBeAgreed() {
        SupportPlan plan = done(SupportPlan.draft(PlanFixtures.PLAN_ID, PersonId.of("P-1"), CouncilId.of("derbyshire"),
                PlanFixtures.completeContent().toBuilder().budget(null).build(), PlanFixtures.CREATED_AT).submit());
        assertThat(plan.contentWithFinalBudget(FINAL)).isEqualTo(plan.content());
        refused(plan.agree(checkFor(plan, FINAL), new SignOff("CM-0042", SIGNED_AT, FINAL)), "lifecycle.agree-budget");
    }

    @Test
    void theFinalBudgetCannotBeBelowTheContribution() {
        SupportPlan plan = submitted();
        Money tooLow = Money.parse("2339.99");
        Transition.Refused refusal = refused(plan.agree(new SignOffCheck(DERBYSHIRE).check(plan.content()),
                new SignOff("CM-0042", SIGNED_AT, tooLow)), "lifecycle.agree-contribution");
        assertThat(refusal.reason()).contains("2339.99", "2340.00");
    }

    @Test
    void theCheckMustHaveBeenMadeOnTheContentAsItWouldBeAgreed() {
        SupportPlan plan = submitted();
        SignOff signOff = new SignOff("CM-0042", SIGNED_AT, FINAL);
        // On the content without the final budget.
        refused(plan.agree(new SignOffCheck(DERBYSHIRE).check(plan.content()), signOff), "lifecycle.agree-checked");
        // On another final budget.
        refused(plan.agree(checkFor(plan, Money.parse("15600.00")), signOff), "lifecycle.agree-checked");
        // On other content.
        PlanContent other = plan.contentWithFinalBudget(FINAL).toBuilder().whatIsImportant(Narrative.of("Something else")).build();
        refused(plan.agree(new SignOffCheck(DERBYSHIRE).check(other), signOff), "lifecycle.agree-checked");
    }

    @Test
    void aPlanWithFindingsCannotBeAgreed() {
        SupportPlan plan = submitted();
        Money tooLittle = Money.parse("14000.00");
        SignOffReport shortOfMoney = checkFor(plan, tooLittle);
        assertThat(shortOfMoney.agreeable()).isFalse();

        Transition.Refused refusal = refused(plan.agree(shortOfMoney, new SignOff("CM-0042", SIGNED_AT, tooLittle)),
                "lifecycle.agree-findings");
        assertThat(refusal.reason()).contains("1 finding");
    }

    @Test
    void supportStartsOnOrAfterTheSignOffDay() {
        SupportPlan agreed = agreed();
        Transition.Refused early = refused(agreed.activate(LocalDate.of(2026, 4, 19)), "lifecycle.activate-date");
        assertThat(early.reason()).contains("2026-04-19", "2026-04-20");

        SupportPlan active = done(agreed.activate(LocalDate.of(2026, 4, 20)));
        assertThat(active.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(active.supportStart()).contains(LocalDate.of(2026, 4, 20));
        assertThat(active.signOff()).isEqualTo(agreed.signOff());
        assertThatThrownBy(() -> agreed.activate(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theSignOffDayIsTheDayInEnglandNotInUtc() {
        SupportPlan plan = submitted();
        // 00:30 on 1 June in British Summer Time is still 31 May in UTC.
        java.time.Instant justAfterMidnightBst = java.time.Instant.parse("2026-05-31T23:30:00Z");
        SupportPlan agreedLate = done(plan.agree(checkFor(plan, FINAL), new SignOff("CM-0042", justAfterMidnightBst, FINAL)));

        refused(agreedLate.activate(LocalDate.of(2026, 5, 31)), "lifecycle.activate-date");
        assertThat(done(agreedLate.activate(LocalDate.of(2026, 6, 1))).supportStart()).contains(LocalDate.of(2026, 6, 1));
    }

    @Test
    void onlyAnAgreedPlanStarts() {
        refused(PlanFixtures.aDraftPlan().activate(LocalDate.of(2026, 5, 4)), "lifecycle.activate");
        refused(active().activate(LocalDate.of(2026, 5, 4)), "lifecycle.activate");
    }

    @Test
    void anActivePlanIsReviewedAndTheReviewFinishesWithNoChange() {
        SupportPlan underReview = done(active().startReview());
        assertThat(underReview.status()).isEqualTo(PlanStatus.UNDER_REVIEW);
        assertThat(underReview.supportStart()).contains(LocalDate.of(2026, 5, 4));
        SupportPlan activeAgain = done(underReview.finishReviewUnchanged());
        assertThat(activeAgain.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(activeAgain.content()).isEqualTo(active().content());
        refused(agreed().startReview(), "lifecycle.review");
        refused(active().finishReviewUnchanged(), "lifecycle.review-finish");
    }

    @Test
    void supportEndsOnOrAfterItStarted() {
        SupportPlan active = active();
        Transition.Refused early = refused(active.end(LocalDate.of(2026, 5, 3)), "lifecycle.end-date");
        assertThat(early.reason()).contains("2026-05-03", "2026-05-04");
        SupportPlan ended = done(active.end(LocalDate.of(2026, 5, 4)));
        assertThat(ended.status()).isEqualTo(PlanStatus.ENDED);
        assertThat(ended.endedOn()).contains(LocalDate.of(2026, 5, 4));
        assertThat(ended.supportStart()).contains(LocalDate.of(2026, 5, 4));
        assertThat(done(done(active.startReview()).end(LocalDate.of(2027, 1, 31))).status()).isEqualTo(PlanStatus.ENDED);
    }

    @Test
    void anAgreedPlanThatNeverStartedCannotEndBeforeItWasSignedOff() {
        SupportPlan agreed = agreed();
        Transition.Refused early = refused(agreed.end(LocalDate.of(2026, 4, 19)), "lifecycle.end-date");
        assertThat(early.reason()).contains("2026-04-19", "2026-04-20");
        assertThat(done(agreed.end(LocalDate.of(2026, 4, 20))).status()).isEqualTo(PlanStatus.ENDED);
    }

    @Test
    void onlyAnAgreedActiveOrReviewedPlanEnds() {
        refused(PlanFixtures.aDraftPlan().end(LocalDate.of(2026, 5, 4)), "lifecycle.end");
        refused(submitted().end(LocalDate.of(2026, 5, 4)), "lifecycle.end");
        refused(done(active().end(LocalDate.of(2026, 6, 1))).end(LocalDate.of(2026, 7, 1)), "lifecycle.end");
    }

    @Test
    void revisingStartsTheNextVersionAsADraftFromTheFinalBudget() {
        SupportPlan active = active();
        Instant at = Instant.parse("2027-03-01T10:00:00Z");

        SupportPlan next = done(active.revise(at));

        assertThat(next.id()).isEqualTo(active.id());
        assertThat(next.version()).isEqualTo(2);
        assertThat(next.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(next.createdAt()).isEqualTo(at);
        assertThat(next.person()).isEqualTo(active.person());
        assertThat(next.council()).isEqualTo(active.council());
        assertThat(next.signOff()).isEmpty();
        assertThat(next.supportStart()).isEmpty();
        PersonalBudget budget = next.content().budget();
        assertThat(budget.indicativeAnnual()).isEqualTo(FINAL);
        assertThat(budget.finalBudget()).isEmpty();
        assertThat(budget.assessedContributionAnnual()).isEqualTo(active.content().budget().assessedContributionAnnual());
        assertThat(next.content().toBuilder().budget(active.content().budget()).build()).isEqualTo(active.content());
        // The version in force is untouched until the new one is agreed.
        assertThat(active.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(active.version()).isEqualTo(1);
        assertThat(done(next.submit()).version()).isEqualTo(2);
    }

    @Test
    void aDraftOrReturnedPlanIsEditedNotRevised() {
        Transition.Refused draft = refused(PlanFixtures.aDraftPlan().revise(Instant.EPOCH), "lifecycle.revise");
        assertThat(draft.reason()).contains("edit it instead");
        refused(submitted().revise(Instant.EPOCH), "lifecycle.revise");
    }

    @Test
    void anAgreedVersionIsReplacedWhenANewerOneIsAgreed() {
        for (SupportPlan inForce : List.of(agreed(), active(), done(active().startReview()))) {
            SupportPlan replaced = done(inForce.replace());
            assertThat(replaced.status()).isEqualTo(PlanStatus.REPLACED);
            assertThat(replaced.content()).isEqualTo(inForce.content());
            assertThat(replaced.signOff()).isEqualTo(inForce.signOff());
            assertThat(replaced.supportStart()).isEqualTo(inForce.supportStart());
        }
        refused(PlanFixtures.aDraftPlan().replace(), "lifecycle.replace");
        refused(done(agreed().replace()).replace(), "lifecycle.replace");
    }

    @Test
    void agreedContentNeverChangesInPlace() {
        SupportPlan agreed = agreed();
        Transition.Refused edit = refused(agreed.edit(PlanFixtures.completeContent()), "lifecycle.edit");
        assertThat(edit.reason()).contains("agreed", "revise it to start a new version");
        refused(active().edit(PlanFixtures.completeContent()), "lifecycle.edit");
        refused(submitted().edit(PlanFixtures.completeContent()), "lifecycle.edit");
        assertThatThrownBy(() -> agreed.content().supportItems().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> agreed.content().needs().add(agreed.content().needs().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> agreed.content().supportItems().get(0).needs().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> agreed.returnReasons().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(agreed.content()).isEqualTo(agreed().content());
    }

    @Test
    void aPlanIsEqualToItsRestoredSelfAndSaysNothingPersonalInItsName() {
        SupportPlan active = active();
        SupportPlan restored = SupportPlan.restore(active.id(), active.version(), active.person(), active.council(), active.status(),
                active.createdAt(), active.content(), active.returnReasons(), active.signOff().orElseThrow(),
                active.supportStart().orElseThrow(), null);
        assertThat(restored).isEqualTo(active).hasSameHashCodeAs(active);
        assertThat(restored).isNotEqualTo(done(active.startReview()));
        assertThat(active.toString()).isEqualTo("SupportPlan[" + PlanFixtures.PLAN_ID + " v1, ACTIVE, 2 items]");
        assertThatThrownBy(() -> SupportPlan.restore(active.id(), 0, active.person(), active.council(), active.status(),
                active.createdAt(), active.content(), null, null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("plan.version-positive"));
    }
}
