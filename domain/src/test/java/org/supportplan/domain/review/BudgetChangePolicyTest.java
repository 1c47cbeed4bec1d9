package org.supportplan.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.testdata.PlanGenerators;
import org.supportplan.domain.validation.InvalidValueException;

/** A budget is never cut by a review alone (Care and Support Statutory Guidance ch.13). */
class BudgetChangePolicyTest {

    private static final CompletedReassessment REASSESSED = new CompletedReassessment("ASM-2026-0193", LocalDate.of(2026, 9, 14));

    @Test
    void aLowerBudgetIsRefusedWithoutACompletedReassessment() {
        BudgetChange change = BudgetChangePolicy.check(Money.parse("16000.00"), Money.parse("14500.00"), Optional.empty());

        assertThat(change).isInstanceOfSatisfying(BudgetChange.Refused.class, r -> {
            assertThat(r.rule().value()).isEqualTo("review.budget-cut-needs-reassessment");
            assertThat(r.source().kind()).isEqualTo(RuleSource.Kind.STATUTORY_GUIDANCE);
            assertThat(r.source().citation()).contains("ch.13");
            assertThat(r.reason()).contains("16000.00", "14500.00", "re-assessment");
        });
    }

    @Test
    void aLowerBudgetIsAllowedOnceAReassessmentIsCompleted() {
        assertThat(BudgetChangePolicy.check(Money.parse("16000.00"), Money.parse("14500.00"), Optional.of(REASSESSED)))
                .isEqualTo(BudgetChange.ALLOWED);
    }

    @Test
    void theSameOrAHigherBudgetIsAlwaysAllowed() {
        qt().forAll(PlanGenerators.unitCosts(), PlanGenerators.unitCosts()).checkAssert((inForce, proposed) -> {
            BudgetChange change = BudgetChangePolicy.check(inForce, proposed, Optional.empty());
            assertThat(change instanceof BudgetChange.Allowed).isEqualTo(!inForce.isGreaterThan(proposed));
            assertThat(BudgetChangePolicy.check(inForce, proposed, Optional.of(REASSESSED))).isEqualTo(BudgetChange.ALLOWED);
        });
    }

    @Test
    void aReassessmentNeedsAReference() {
        assertThatThrownBy(() -> new CompletedReassessment(" ", LocalDate.of(2026, 9, 14)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("reference"));
    }
}
