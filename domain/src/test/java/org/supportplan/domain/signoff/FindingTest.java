package org.supportplan.domain.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.validation.InvalidValueException;

/** Findings sort as a person reads the plan, and the order is total and consistent with equality. */
class FindingTest {

    private static final RuleSource PAGE = RuleSource.of(RuleSource.Kind.COUNCIL_PAGE, "page");

    @Test
    void listIndexesSortByNumber() {
        List<Finding> findings = new java.util.ArrayList<>(List.of(finding("spend.gambling", "$.supportItems[10]"),
                finding("spend.gambling", "$.supportItems[2]"), finding("spend.gambling", "$.supportItems[1].needs[12]"),
                finding("spend.gambling", "$.supportItems[1].needs[3]"), finding("signoff.no-budget", "$.budget")));
        java.util.Collections.sort(findings);
        assertThat(findings).extracting(Finding::path).containsExactly("$.budget", "$.supportItems[1].needs[3]",
                "$.supportItems[1].needs[12]", "$.supportItems[2]", "$.supportItems[10]");
    }

    @Test
    void samePathSortsByRuleThenMessage() {
        Finding noBudget = finding("signoff.no-budget", "$.budget");
        Finding question = new Finding(RuleId.of("signoff.question-unanswered"), PAGE, "b asks", "$.budget");
        Finding otherQuestion = new Finding(RuleId.of("signoff.question-unanswered"), PAGE, "a asks", "$.budget");
        assertThat(new TreeSet<>(List.of(question, noBudget, otherQuestion))).containsExactly(noBudget, otherQuestion, question);
    }

    @Test
    void twoQuestionsPointingAtTheSameSectionAreTwoFindingsInASortedSet() {
        // Bury's h2, h4 and h5 are all answered by the support items: each is its own finding.
        Finding h2 = new Finding(RuleId.of("signoff.question-unanswered"), PAGE, "Bury asks h2", "$.supportItems");
        Finding h4 = new Finding(RuleId.of("signoff.question-unanswered"), PAGE, "Bury asks h4", "$.supportItems");
        assertThat(new TreeSet<>(List.of(h2, h4))).hasSize(2);
    }

    @Test
    void theOrderIsTotalTransitiveAndConsistentWithEquals() {
        Gen<Finding> findings = Generate.pick(List.of("signoff.no-budget", "spend.gambling", "signoff.risk-unmanaged"))
                .zip(Generate.pick(List.of("$.budget", "$.risks[2]", "$.risks[10]", "$.risks[02]", "$.supportItems[1]", "$.risks")),
                        Generate.pick(List.of("a", "b")), Generate.pick(List.of(PAGE, RuleSource.of(RuleSource.Kind.ACT, "page"),
                                RuleSource.of(RuleSource.Kind.ACT, "act"))),
                        (rule, path, message, source) -> new Finding(RuleId.of(rule), source, message, path));
        qt().forAll(findings, findings, findings).checkAssert((a, b, c) -> {
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
            assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
            if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
                assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
            }
        });
    }

    @Test
    void theMessageIsKeptTrimmedAndMustBeReadable() {
        assertThat(new Finding(RuleId.of("signoff.no-budget"), PAGE, "  no budget \n", "$.budget").message()).isEqualTo("no budget");
        assertThatThrownBy(() -> new Finding(RuleId.of("signoff.no-budget"), PAGE, " ", "$.budget"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("message"));
        assertThatThrownBy(() -> new Finding(RuleId.of("signoff.no-budget"), PAGE, "x", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("path"));
    }

    private static Finding finding(String rule, String path) {
        return new Finding(RuleId.of(rule), PAGE, "message", path);
    }
}
