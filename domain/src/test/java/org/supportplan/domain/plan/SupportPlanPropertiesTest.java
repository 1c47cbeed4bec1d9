package org.supportplan.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.testdata.PlanGenerators;

/** The lifecycle table holds for every plan in every status, and a plan's name never gives away what it says. */
class SupportPlanPropertiesTest {

    private static final Set<PlanStatus> EDITABLE = EnumSet.of(PlanStatus.DRAFT, PlanStatus.RETURNED);
    private static final Set<PlanStatus> IN_FORCE = EnumSet.of(PlanStatus.AGREED, PlanStatus.ACTIVE, PlanStatus.UNDER_REVIEW);

    /** For each operation: the statuses it is allowed from, the status it leads to, and the rule refusing it otherwise. */
    private record Step(String rule, Set<PlanStatus> from, PlanStatus to, Function<SupportPlan, Transition> apply) {
    }

    private static final List<Step> STEPS = List.of(
            new Step("lifecycle.edit", EDITABLE, PlanStatus.DRAFT, p -> p.edit(p.content())),
            new Step("lifecycle.submit", EDITABLE, PlanStatus.SUBMITTED, SupportPlan::submit),
            new Step("lifecycle.return", EnumSet.of(PlanStatus.SUBMITTED), PlanStatus.RETURNED,
                    p -> p.returnWithReasons(List.of("Please add a contingency plan"))),
            new Step("lifecycle.activate", EnumSet.of(PlanStatus.AGREED), PlanStatus.ACTIVE,
                    p -> p.activate(LocalDate.of(2100, 1, 1))),
            new Step("lifecycle.review", EnumSet.of(PlanStatus.ACTIVE), PlanStatus.UNDER_REVIEW, SupportPlan::startReview),
            new Step("lifecycle.review-finish", EnumSet.of(PlanStatus.UNDER_REVIEW), PlanStatus.ACTIVE,
                    SupportPlan::finishReviewUnchanged),
            new Step("lifecycle.end", IN_FORCE, PlanStatus.ENDED, p -> p.end(LocalDate.of(2100, 1, 1))),
            new Step("lifecycle.revise", IN_FORCE, PlanStatus.DRAFT, p -> p.revise(Instant.parse("2100-01-01T00:00:00Z"))),
            new Step("lifecycle.replace", IN_FORCE, PlanStatus.REPLACED, SupportPlan::replace));

    @Test
    void everyStepIsAllowedFromItsStatusesAndRefusedByItsRuleFromEveryOther() {
        qt().forAll(PlanGenerators.plans()).checkAssert(plan -> {
            for (Step step : STEPS) {
                Transition transition = step.apply().apply(plan);
                if (step.from().contains(plan.status())) {
                    assertThat(transition).as(step.rule() + " from " + plan.status()).isInstanceOfSatisfying(Transition.Done.class, done -> {
                        assertThat(done.plan().status()).isEqualTo(step.to());
                        assertThat(done.plan().id()).isEqualTo(plan.id());
                        assertThat(done.plan().version()).isEqualTo(step.rule().equals("lifecycle.revise") ? plan.version() + 1 : plan.version());
                    });
                } else {
                    assertThat(transition).as(step.rule() + " from " + plan.status()).isInstanceOfSatisfying(Transition.Refused.class,
                            refused -> assertThat(refused.rule().value()).isEqualTo(step.rule()));
                }
            }
        });
    }

    @Test
    void agreeingAnythingButASubmittedPlanIsRefused() {
        PlanStatus[] notSubmitted = EnumSet.complementOf(EnumSet.of(PlanStatus.SUBMITTED)).toArray(PlanStatus[]::new);
        qt().forAll(PlanGenerators.plans(notSubmitted)).checkAssert(plan -> {
            Transition transition = plan.agree(null, null);
            assertThat(transition).isInstanceOfSatisfying(Transition.Refused.class,
                    refused -> assertThat(refused.rule().value()).isEqualTo("lifecycle.agree"));
        });
    }

    @Test
    void revisingKeepsEverythingButTurnsTheBudgetInForceIntoTheNextIndicativeBudget() {
        qt().forAll(PlanGenerators.plans(IN_FORCE.toArray(PlanStatus[]::new))).checkAssert(plan -> {
            SupportPlan next = ((Transition.Done) plan.revise(Instant.EPOCH)).plan();
            assertThat(next.content().budget().indicativeAnnual()).isEqualTo(plan.content().budget().inForce());
            assertThat(next.content().budget().assessedContributionAnnual())
                    .isEqualTo(plan.content().budget().assessedContributionAnnual());
            assertThat(next.content().budget().finalBudget()).isEmpty();
            assertThat(next.content().toBuilder().budget(plan.content().budget()).build()).isEqualTo(plan.content());
        });
    }

    @Test
    void aPlansNameHoldsNoNarrativeText() {
        qt().forAll(PlanGenerators.plans()).checkAssert(plan -> {
            String name = plan.toString();
            for (String text : narratives(plan.content())) {
                assertThat(name).doesNotContain(text);
            }
            assertThat(name).isEqualTo("SupportPlan[" + plan.id() + " v" + plan.version() + ", " + plan.status() + ", "
                    + plan.content().supportItems().size() + " items]");
        });
    }

    @Test
    void aRestoredPlanEqualsTheOriginal() {
        qt().forAll(PlanGenerators.plans()).checkAssert(plan -> {
            SupportPlan copy = SupportPlan.restore(plan.id(), plan.version(), plan.person(), plan.council(), plan.status(),
                    plan.createdAt(), plan.content(), plan.returnReasons(), plan.signOff().orElse(null),
                    plan.supportStart().orElse(null), plan.endedOn().orElse(null));
            assertThat(copy).isEqualTo(plan).hasSameHashCodeAs(plan);
            assertThat(Map.of(copy, 1)).containsKey(plan);
        });
    }

    private static List<String> narratives(PlanContent content) {
        List<String> texts = new ArrayList<>();
        content.importantToPerson().ifPresent(n -> texts.add(n.text()));
        if (content.decisionsAndControl() != null) {
            texts.add(content.decisionsAndControl().text());
        }
        content.needs().forEach(n -> texts.add(n.description().text()));
        content.outcomes().forEach(o -> texts.add(o.description().text()));
        content.supportItems().forEach(i -> {
            texts.add(i.description());
            texts.add(i.provider());
        });
        content.circleOfSupport().forEach(u -> {
            texts.add(u.who());
            texts.add(u.description().text());
        });
        content.risks().forEach(r -> {
            texts.add(r.description().text());
            r.managedBy().ifPresent(m -> texts.add(m.text()));
        });
        content.contingencyPlans().forEach(c -> texts.add(c.text()));
        content.actionPlan().forEach(a -> texts.add(a.action().text()));
        return texts;
    }
}
