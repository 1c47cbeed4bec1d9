package org.supportplan.adapter.web.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.supportplan.adapter.web.json.PlanJson;
import org.supportplan.application.port.in.DraftPlanCommand;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.PersonalBudget;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.SignOff;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.testdata.PlanGenerators;

/**
 * A plan as the server writes it (the response shape, which a client may send back) is a valid
 * document under the schema, and reads back as the same draft: the final budget excepted, which is
 * set at sign-off and never read from a document.
 */
class WrittenPlanSchemaTest {

    private static final PlanJson PLAN_JSON = new PlanJson();

    @Test
    void everyWrittenPlanIsAValidDocumentThatReadsBackAsTheSameContent() {
        AtomicInteger withAFinalBudget = new AtomicInteger();
        qt().withExamples(300).forAll(plansWithTheirFinalBudget()).checkAssert(plan -> {
            String written = PLAN_JSON.write(plan);

            assertThat(PlanSchema.errors(PlanSchema.NEW_PLAN, written)).isEmpty();
            DraftPlanCommand read = PLAN_JSON.readDraft(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)));
            assertThat(read).isEqualTo(new DraftPlanCommand(plan.person(), plan.council(), withoutFinalBudget(plan.content())));
            if (plan.content().budget() != null && plan.content().budget().finalAnnual() != null) {
                withAFinalBudget.incrementAndGet();
            }
        });
        // The written final budget was really there to be ignored.
        assertThat(withAFinalBudget.get()).isPositive();
    }

    /**
     * Generated plans, where every signed-off one carries its final budget in its content, as an agreed
     * plan does: anything from the contribution up, so above or below the indicative figure.
     */
    private static Gen<SupportPlan> plansWithTheirFinalBudget() {
        return PlanGenerators.plans().zip(longs().between(0, 2_000_000_000L), (plan, extraPence) -> {
            PersonalBudget budget = plan.content().budget();
            if (plan.signOff().isEmpty() || budget == null) {
                return plan;
            }
            Money finalBudget = budget.assessedContributionAnnual().plus(Money.ofPence(extraPence));
            SignOff signOff = new SignOff(plan.signOff().get().signedOffBy(), plan.signOff().get().at(), finalBudget);
            return SupportPlan.restore(plan.id(), plan.version(), plan.person(), plan.council(), plan.status(), plan.createdAt(),
                    plan.contentWithFinalBudget(finalBudget), plan.returnReasons(), signOff, plan.supportStart().orElse(null),
                    plan.endedOn().orElse(null));
        });
    }

    /** The content a document gives back: the same, with the final budget never read. */
    private static PlanContent withoutFinalBudget(PlanContent content) {
        PersonalBudget budget = content.budget();
        return budget == null ? content : content.toBuilder()
                .budget(PersonalBudget.indicative(budget.indicativeAnnual(), budget.assessedContributionAnnual())).build();
    }
}
