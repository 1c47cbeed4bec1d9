package org.supportplan.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.validation.InvalidValueException;

/** A council's question and the plan sections that answer it. */
class PlanQuestionTest {

    private static final RuleSource PAGE = RuleSource.of(RuleSource.Kind.COUNCIL_PAGE, "Testshire page");

    @Test
    void listsItsSectionsInThePlansOrderWhateverOrderTheyWereGivenIn() {
        List<PlanSection> reversed = new ArrayList<>(Arrays.asList(PlanSection.values()));
        java.util.Collections.reverse(reversed);

        PlanQuestion question = new PlanQuestion("q1", "Everything?", new LinkedHashSet<>(reversed), PAGE);

        // The same order on every run, so messages and the wire form never change between runs.
        assertThat(question.answeredBy()).containsExactly(PlanSection.values());
        assertThat(new PlanQuestion("q3", "How?", Set.of(PlanSection.RISKS, PlanSection.SUPPORT), PAGE).answeredBy())
                .containsExactly(PlanSection.SUPPORT, PlanSection.RISKS);
        assertThatThrownBy(() -> question.answeredBy().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(question).isEqualTo(new PlanQuestion("q1", "Everything?", EnumSet.allOf(PlanSection.class), PAGE));
    }

    @Test
    void aQuestionAnsweredByNothingIsRefused() {
        assertThatThrownBy(() -> new PlanQuestion("q1", "What?", Set.of(), PAGE))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("profile.question-sections");
                    assertThat(e.getMessage()).contains("q1");
                });
        Set<PlanSection> withNull = new HashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> new PlanQuestion("q1", "What?", withNull, PAGE))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("value.required"));
        assertThatThrownBy(() -> new PlanQuestion(" ", "What?", Set.of(PlanSection.NEEDS), PAGE))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("id"));
        assertThatThrownBy(() -> new PlanQuestion("q1", "What?", Set.of(PlanSection.NEEDS), null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("source");
                    assertThat(e.ruleId()).isEqualTo("profile.source-required");
                    assertThat(e.getMessage()).contains("q1");
                });
    }
}
