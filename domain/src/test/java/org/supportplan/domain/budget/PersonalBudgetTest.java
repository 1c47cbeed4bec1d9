package org.supportplan.domain.budget;

import org.supportplan.domain.plan.PersonalBudget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.testdata.PlanGenerators;
import org.supportplan.domain.validation.InvalidValueException;

/** Care Act s.26: cost = the person's contribution + the council's amount, to the penny, for every budget that can exist. */
class PersonalBudgetTest {

    @Test
    void costIsContributionPlusCouncilAmountExactlyForEveryValidBudget() {
        qt().forAll(PlanGenerators.personalBudgets()).checkAssert(budget -> {
            Money expectedInForce = budget.finalAnnual() != null ? budget.finalAnnual() : budget.indicativeAnnual();
            assertThat(budget.inForce()).isEqualTo(expectedInForce);
            assertThat(budget.assessedContributionAnnual().plus(budget.councilAmountAnnual())).isEqualTo(budget.inForce());
            assertThat(budget.councilAmountAnnual().isNegative()).isFalse();
            assertThat(budget.finalBudget().orElse(null)).isEqualTo(budget.finalAnnual());
        });
    }

    @Test
    void anyThreeAmountsEitherMakeABudgetThatAddsUpOrAreRefusedByANamedRule() {
        qt().forAll(longs().between(-2_000_000, 2_000_000), longs().between(-2_000_000, 2_000_000), longs().between(-2_000_000, 2_000_000))
                .checkAssert((indicative, finalPence, contribution) -> {
                    Money finalBudget = finalPence % 3 == 0 ? null : Money.ofPence(finalPence);
                    PersonalBudget budget;
                    try {
                        budget = new PersonalBudget(Money.ofPence(indicative), finalBudget, Money.ofPence(contribution));
                    } catch (InvalidValueException e) {
                        boolean negative = indicative < 0 || contribution < 0 || finalBudget != null && finalBudget.isNegative();
                        assertThat(e.ruleId()).isEqualTo(negative ? "money.non-negative" : "budget.contribution-within-cost");
                        assertThat(e.source()).isEqualTo(PersonalBudget.SOURCE);
                        return;
                    }
                    // Nothing negative ever reaches a budget, and the contribution never exceeds the budget in force.
                    assertThat(budget.indicativeAnnual().isNegative() || budget.assessedContributionAnnual().isNegative()
                            || budget.finalBudget().map(Money::isNegative).orElse(false)).isFalse();
                    assertThat(budget.assessedContributionAnnual()).isLessThanOrEqualTo(budget.inForce());
                    assertThat(budget.assessedContributionAnnual().plus(budget.councilAmountAnnual())).isEqualTo(budget.inForce());
                });
    }

    @Test
    void negativeAmountsAreRefusedNamingTheField() {
        assertRefused(() -> PersonalBudget.indicative(Money.ofPence(-1), Money.ZERO), "indicativeAnnual", "money.non-negative");
        assertRefused(() -> PersonalBudget.indicative(Money.ofPence(100), Money.ofPence(-1)), "assessedContributionAnnual",
                "money.non-negative");
        assertRefused(() -> new PersonalBudget(Money.ofPence(100), Money.ofPence(-1), Money.ZERO), "finalAnnual",
                "money.non-negative");
        assertRefused(() -> PersonalBudget.indicative(null, Money.ZERO), "indicativeAnnual", "value.required");
    }

    @Test
    void theContributionMayNotExceedTheBudgetInForce() {
        assertRefused(() -> PersonalBudget.indicative(Money.parse("1000.00"), Money.parse("1000.01")),
                "assessedContributionAnnual", "budget.contribution-within-cost");
        assertThatThrownBy(() -> PersonalBudget.indicative(Money.parse("1000.00"), Money.parse("1000.01")))
                .hasMessageContaining("1000.01").hasMessageContaining("1000.00");
        // Judged against the final figure once it is set, in both directions.
        assertRefused(() -> new PersonalBudget(Money.parse("5000.00"), Money.parse("900.00"), Money.parse("1000.00")),
                "assessedContributionAnnual", "budget.contribution-within-cost");
        PersonalBudget raised = new PersonalBudget(Money.parse("500.00"), Money.parse("1200.00"), Money.parse("1000.00"));
        assertThat(raised.councilAmountAnnual()).isEqualTo(Money.parse("200.00"));
        // A contribution equal to the whole cost leaves the council nothing to pay.
        assertThat(PersonalBudget.indicative(Money.parse("700.00"), Money.parse("700.00")).councilAmountAnnual()).isEqualTo(Money.ZERO);
    }

    @Test
    void noContributionMeansZeroAndTheCouncilPaysEverything() {
        PersonalBudget budget = PersonalBudget.indicative(Money.parse("16000.00"), null);
        assertThat(budget.assessedContributionAnnual()).isEqualTo(Money.ZERO);
        assertThat(budget.councilAmountAnnual()).isEqualTo(Money.parse("16000.00"));
        assertThat(budget.finalBudget()).isEmpty();
    }

    @Test
    void settingTheFinalFigureKeepsTheIndicativeOneAndTheContribution() {
        PersonalBudget indicative = PersonalBudget.indicative(Money.parse("16000.00"), Money.parse("2340.00"));
        PersonalBudget agreed = indicative.withFinal(Money.parse("15000.00"));

        assertThat(agreed.indicativeAnnual()).isEqualTo(Money.parse("16000.00"));
        assertThat(agreed.finalBudget()).contains(Money.parse("15000.00"));
        assertThat(agreed.councilAmountAnnual()).isEqualTo(Money.parse("12660.00"));
        assertThat(indicative.finalBudget()).isEmpty();
        assertRefused(() -> indicative.withFinal(Money.parse("2339.99")), "assessedContributionAnnual",
                "budget.contribution-within-cost");
        assertRefused(() -> indicative.withFinal(null), "finalAnnual", "value.required");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.ruleId()).isEqualTo(rule);
        });
    }
}
