package org.supportplan.domain.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.budget.CostBreakdown;
import org.supportplan.domain.budget.Sufficiency;
import org.supportplan.domain.money.CostRules;
import org.supportplan.domain.plan.Need;
import org.supportplan.domain.plan.NeedId;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.profile.PlanQuestion;
import org.supportplan.domain.spend.SpendSubject;
import org.supportplan.domain.spend.Verdict;
import org.supportplan.domain.testdata.PlanGenerators;
import org.supportplan.domain.testdata.ProfileFixtures;

/**
 * The sign-off check over generated plans: it does not depend on the order anything is listed in, it
 * is deterministic, every path it reports points at something in the plan, and each finding appears
 * exactly when its rule says it should.
 */
class SignOffPropertiesTest {

    private static final List<Supplier<CouncilProfile>> PROFILES =
            List.of(ProfileFixtures::derbyshire, ProfileFixtures::bury, ProfileFixtures::englandDefault);
    private static final Pattern INDEXED = Pattern.compile("\\$\\.(\\w+)\\[(\\d+)]");
    private static final Set<String> SECTIONS = Set.of("$.whatIsImportant", "$.needs", "$.outcomes", "$.supportItems", "$.risks",
            "$.decisionsAndControl", "$.contingencyPlans", "$.circleOfSupport", "$.budgetManager", "$.budget", "$.actionPlan",
            "$.topUps", "$.authorship");

    @Test
    void theFindingsDoNotDependOnTheOrderOfAnyList() {
        for (Supplier<CouncilProfile> profile : PROFILES) {
            SignOffCheck check = new SignOffCheck(profile.get());
            qt().forAll(contents(), longs().all()).checkAssert((content, seed) -> {
                PlanContent shuffled = shuffled(content, new Random(seed));
                SignOffReport before = check.check(content);
                SignOffReport after = check.check(shuffled);

                assertThat(subjects(after.findings(), shuffled)).isEqualTo(subjects(before.findings(), content));
                assertThat(after.breakdown().all()).isEqualTo(before.breakdown().all());
                assertThat(after.breakdown().budgetFunded()).isEqualTo(before.breakdown().budgetFunded());
                assertThat(after.sufficiency()).isEqualTo(before.sufficiency());
                assertThat(after.agreeable()).isEqualTo(before.agreeable());
            });
        }
    }

    @Test
    void theCheckIsDeterministic() {
        for (Supplier<CouncilProfile> profile : PROFILES) {
            CouncilProfile once = profile.get();
            qt().forAll(contents()).checkAssert(content -> {
                SignOffReport first = new SignOffCheck(once).check(content);
                assertThat(new SignOffCheck(once).check(content)).isEqualTo(first);
                // A profile resolved again from the same definition gives the same findings, breakdown and verdict.
                SignOffReport again = new SignOffCheck(profile.get()).check(content);
                assertThat(again.findings()).isEqualTo(first.findings());
                assertThat(again.breakdown()).isEqualTo(first.breakdown());
                assertThat(again.sufficiency()).isEqualTo(first.sufficiency());
            });
        }
    }

    @Test
    void everyFindingPointsAtSomethingInThePlanAndTheListIsSorted() {
        for (Supplier<CouncilProfile> profile : PROFILES) {
            SignOffCheck check = new SignOffCheck(profile.get());
            qt().forAll(contents()).checkAssert(content -> {
                SignOffReport report = check.check(content);
                assertThat(report.findings()).isSorted();
                assertThat(report.agreeable()).isEqualTo(report.findings().isEmpty());
                for (Finding finding : report.findings()) {
                    Matcher indexed = INDEXED.matcher(finding.path());
                    if (indexed.matches()) {
                        assertThat(Integer.parseInt(indexed.group(2))).as(finding.toString()).isLessThan(size(content, indexed.group(1)));
                    } else {
                        assertThat(SECTIONS).as(finding.toString()).contains(finding.path());
                    }
                    assertThat(finding.message()).isNotBlank();
                }
            });
        }
    }

    @Test
    void eachFindingAppearsExactlyWhenItsRuleSaysSo() {
        for (Supplier<CouncilProfile> supplier : PROFILES) {
            CouncilProfile profile = supplier.get();
            SignOffCheck check = new SignOffCheck(profile);
            CostRules rules = new CostRules(profile.weeksPerYear().value(), profile.rounding().value());
            qt().forAll(contents()).checkAssert(content -> {
                SignOffReport report = check.check(content);

                assertThat(report.breakdown()).isEqualTo(CostBreakdown.of(content.supportItems(), rules));
                Sufficiency sufficiency = Sufficiency.of(report.breakdown(), content.budget(), content.topUps());
                assertThat(report.sufficiency()).isEqualTo(sufficiency);
                assertThat(paths(report, SignOffCheck.NO_BUDGET)).isEqualTo(content.budget() == null ? List.of("$.budget") : List.of());
                assertThat(paths(report, SignOffCheck.COST_ABOVE_BUDGET)).isEqualTo(
                        sufficiency instanceof Sufficiency.Shortfall s && !s.budgetShortfall().isZero() ? List.of("$.budget") : List.of());

                // Top-ups are judged on their own, with or without a budget.
                long topUps = content.topUps().stream().mapToLong(t -> t.annualAmount().pence()).sum();
                assertThat(paths(report, SignOffCheck.COST_ABOVE_TOP_UPS)).isEqualTo(
                        report.breakdown().topUpFunded().firstYear().pence() > topUps ? List.of("$.topUps") : List.of());

                Set<NeedId> met = new HashSet<>();
                content.supportItems().forEach(item -> met.addAll(item.needs()));
                content.circleOfSupport().forEach(unpaid -> met.addAll(unpaid.needs()));
                List<String> unmet = new ArrayList<>();
                for (int i = 0; i < content.needs().size(); i++) {
                    Need need = content.needs().get(i);
                    if (need.isEligible() && !met.contains(need.id())) {
                        unmet.add("$.needs[" + i + "]");
                    }
                }
                assertThat(paths(report, SignOffCheck.NEED_UNMET)).isEqualTo(unmet);

                List<String> unmanaged = new ArrayList<>();
                for (int i = 0; i < content.risks().size(); i++) {
                    if (content.risks().get(i).mitigation() == null) {
                        unmanaged.add("$.risks[" + i + "]");
                    }
                }
                assertThat(paths(report, SignOffCheck.RISK_UNMANAGED)).isEqualTo(unmanaged);
                assertThat(paths(report, SignOffCheck.NO_CONTINGENCY))
                        .isEqualTo(content.contingencyPlans().isEmpty() ? List.of("$.contingencyPlans") : List.of());

                // Every spend-rule refusal of every item is a finding, and nothing else cites a spend rule.
                List<String> refusals = new ArrayList<>();
                for (int i = 0; i < content.supportItems().size(); i++) {
                    SupportItem item = content.supportItems().get(i);
                    for (Verdict.Refused refused : profile.spendPolicy().assess(new SpendSubject("$.supportItems[" + i + "]",
                            item.category(), item.description(), item.route(), item.paidPerson(), item.needs(), item.outcomes()))) {
                        refusals.add(refused.rule() + " " + refused.path());
                    }
                }
                assertThat(report.findings().stream().filter(f -> f.rule().value().startsWith("spend."))
                        .map(f -> f.rule() + " " + f.path()).toList()).containsExactlyInAnyOrderElementsOf(refusals);
                // Every profile here has the meets-a-need spend rule, so the check's own finding never repeats it.
                assertThat(paths(report, SignOffCheck.ITEM_UNLINKED)).isEmpty();

                long unanswered = profile.questions().stream().filter(q -> !allAnswered(q, content)).count();
                assertThat(paths(report, SignOffCheck.QUESTION_UNANSWERED)).hasSize((int) unanswered);
                assertThat(paths(report, SignOffCheck.ADVOCATE_MISSING)).hasSize(content.authorship() != null
                        && content.authorship().advocateRequired() && !content.authorship().advocateRecorded() ? 1 : 0);
            });
        }
    }

    /** Generated content, with the final budget set about half the time (as sign-off checks it). */
    private static org.quicktheories.core.Gen<PlanContent> contents() {
        return PlanGenerators.contents().zip(PlanGenerators.orNull(longs().between(0, 10_000_000L)), (content, finalPence) ->
                content.budget() == null || finalPence == null || finalPence % 2 == 0
                        || content.budget().assessedContributionAnnual().pence() > finalPence
                        ? content : content.toBuilder().budget(content.budget().withFinal(
                                org.supportplan.domain.money.Money.ofPence(finalPence))).build());
    }

    private static boolean allAnswered(PlanQuestion question, PlanContent content) {
        return question.answeredBy().stream().allMatch(section -> SignOffCheck.answered(content, section));
    }

    private static List<String> paths(SignOffReport report, org.supportplan.domain.rule.RuleId rule) {
        return report.findings().stream().filter(f -> f.rule().equals(rule)).map(Finding::path).toList();
    }

    /** Findings as a multiset of (rule, what the path points at, message): list indexes change when lists are shuffled. */
    private static Map<List<Object>, Integer> subjects(List<Finding> findings, PlanContent content) {
        Map<List<Object>, Integer> counts = new HashMap<>();
        for (Finding finding : findings) {
            counts.merge(List.of(finding.rule(), subject(finding.path(), content), finding.message()), 1, Integer::sum);
        }
        return counts;
    }

    private static Object subject(String path, PlanContent content) {
        Matcher indexed = INDEXED.matcher(path);
        if (!indexed.matches()) {
            return path;
        }
        int i = Integer.parseInt(indexed.group(2));
        return switch (indexed.group(1)) {
            case "supportItems" -> content.supportItems().get(i).id();
            case "needs" -> content.needs().get(i).id();
            case "risks" -> content.risks().get(i);
            case "deployments" -> content.deployments().get(i);
            default -> throw new AssertionError("a finding points into an unexpected list: " + path);
        };
    }

    private static int size(PlanContent content, String list) {
        return switch (list) {
            case "supportItems" -> content.supportItems().size();
            case "needs" -> content.needs().size();
            case "risks" -> content.risks().size();
            case "deployments" -> content.deployments().size();
            default -> throw new AssertionError("a finding points into an unexpected list: " + list);
        };
    }

    private static PlanContent shuffled(PlanContent content, Random random) {
        return content.toBuilder()
                .needs(shuffle(content.needs(), random))
                .outcomes(shuffle(content.outcomes(), random))
                .supportItems(shuffle(content.supportItems(), random))
                .circleOfSupport(shuffle(content.circleOfSupport(), random))
                .risks(shuffle(content.risks(), random))
                .contingencyPlans(shuffle(content.contingencyPlans(), random))
                .deployments(shuffle(content.deployments(), random))
                .topUps(shuffle(content.topUps(), random))
                .actionPlan(shuffle(content.actionPlan(), random))
                .build();
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
