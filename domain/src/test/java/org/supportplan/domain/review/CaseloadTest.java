package org.supportplan.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.profile.Provenance;
import org.supportplan.domain.profile.ReviewAnchor;
import org.supportplan.domain.profile.ReviewInterval;
import org.supportplan.domain.profile.Setting;
import org.supportplan.domain.testdata.ProfileFixtures;
import org.supportplan.domain.validation.InvalidValueException;

/** A council's caseload: overdue reviews and those due in the window, by due date then plan, edges included. */
class CaseloadTest {

    private static final CouncilId BURY = ReviewFixtures.BURY;
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final SetBy POLICY = new SetBy.Policy("regularReview",
            new Setting<>(ReviewInterval.months(12, ReviewAnchor.PREVIOUS_REVIEW), Provenance.COUNCIL, ReviewFixtures.TEST));

    private static PlanId plan(int n) {
        return new PlanId(UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n)));
    }

    private static DueReview due(int plan, LocalDate on) {
        return new DueReview(plan(plan), BURY, ReviewKind.REGULAR, on, on.minusMonths(12), POLICY);
    }

    @Test
    void overdueReviewsAndThoseDueInTheWindowAreSortedByDueDateThenPlan() {
        DueReview yesterday = due(3, TODAY.minusDays(1));
        DueReview longOverdue = due(9, TODAY.minusMonths(2));
        DueReview today = due(5, TODAY);
        DueReview lastDay = due(2, TODAY.plusDays(30));
        DueReview lastDaySamePlanEarlierId = due(1, TODAY.plusDays(30));
        DueReview beyond = due(4, TODAY.plusDays(31));

        Caseload caseload = Caseload.of(BURY, TODAY, Window.parse("30d"),
                List.of(beyond, lastDay, today, yesterday, longOverdue, lastDaySamePlanEarlierId));

        assertThat(caseload.overdue()).containsExactly(longOverdue, yesterday);
        assertThat(caseload.dueInWindow()).containsExactly(today, lastDaySamePlanEarlierId, lastDay);
        assertThat(caseload.overdue()).allMatch(d -> d.overdueOn(TODAY));
    }

    @Test
    void aBuryAndAnAgreedReviewShowTheRuleAndSettingThatSetTheirDates() {
        ReviewFacts bury = ReviewFixtures.withStart(ReviewFixtures.signedOff(BURY, LocalDate.of(2026, 3, 2)), LocalDate.of(2026, 3, 16));
        List<DueReview> due = ReviewSchedule.of(bury, ProfileFixtures.bury().reviews()).due();

        Caseload june = Caseload.of(BURY, LocalDate.of(2026, 6, 1), Window.parse("2w"), due);
        assertThat(june.dueInWindow()).singleElement().satisfies(d -> {
            assertThat(d.dueOn()).isEqualTo(LocalDate.of(2026, 6, 8));
            assertThat(d.rule().value()).isEqualTo("review.initial");
            assertThat(d.setBy().label()).isEqualTo("council's own");
        });
        assertThat(Caseload.of(BURY, LocalDate.of(2026, 6, 9), Window.parse("2w"), due).overdue()).hasSize(1);
        assertThat(Caseload.of(BURY, LocalDate.of(2026, 5, 1), Window.parse("2w"), due).dueInWindow()).isEmpty();
    }

    @Test
    void aCaseloadNeverMixesCouncils() {
        DueReview derbyshire = new DueReview(plan(1), ReviewFixtures.DERBYSHIRE, ReviewKind.INITIAL, TODAY, TODAY, POLICY);
        assertThatThrownBy(() -> Caseload.of(BURY, TODAY, Window.parse("30d"), List.of(due(2, TODAY), derbyshire)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("caseload.other-council"));
    }

    @Test
    void aWindowIsDaysOrWeeks() {
        assertThat(Window.parse("30d")).isEqualTo(new Window(30, Window.Unit.DAYS));
        assertThat(Window.parse(" 6W ")).isEqualTo(new Window(6, Window.Unit.WEEKS));
        assertThat(Window.parse("6w").lastDay(TODAY)).isEqualTo(TODAY.plusDays(42));
        assertThat(Window.parse("0d").lastDay(TODAY)).isEqualTo(TODAY);
        assertThat(new Window(30, Window.Unit.DAYS).toString()).isEqualTo("30d");
        for (String bad : new String[] {"30", "d", "-3d", "3m", "731d", "105w", "", "30 days"}) {
            assertThatThrownBy(() -> Window.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.ruleId()).isEqualTo("caseload.window");
                        assertThat(e.field()).isEqualTo("window");
                    });
        }
        assertThatThrownBy(() -> Window.parse(null)).isInstanceOf(InvalidValueException.class);
    }

    private static Gen<DueReview> dues() {
        return integers().between(0, 20).zip(integers().between(-120, 120), Generate.enumValues(ReviewKind.class),
                (p, offset, kind) -> new DueReview(plan(p), BURY, kind, TODAY.plusDays(offset), TODAY.plusDays(offset).minusDays(7), POLICY));
    }

    @Test
    void everyReviewDueByTheWindowsLastDayIsListedOnceInOrderAndNoneLater() {
        qt().withExamples(500).forAll(lists().of(dues()).ofSizeBetween(0, 40), integers().between(0, 100))
                .checkAssert((reviews, days) -> {
                    List<DueReview> shuffled = new ArrayList<>(reviews);
                    Collections.shuffle(shuffled, new java.util.Random(days));
                    Caseload caseload = Caseload.of(BURY, TODAY, new Window(days, Window.Unit.DAYS), shuffled);
                    LocalDate last = TODAY.plusDays(days);

                    assertThat(caseload.overdue()).allMatch(d -> d.dueOn().isBefore(TODAY));
                    assertThat(caseload.dueInWindow()).allMatch(d -> !d.dueOn().isBefore(TODAY) && !d.dueOn().isAfter(last));
                    List<DueReview> listed = new ArrayList<>(caseload.overdue());
                    listed.addAll(caseload.dueInWindow());
                    assertThat(listed).containsExactlyInAnyOrderElementsOf(reviews.stream().filter(d -> !d.dueOn().isAfter(last)).toList());
                    for (int i = 1; i < listed.size(); i++) {
                        DueReview a = listed.get(i - 1);
                        DueReview b = listed.get(i);
                        assertThat(a.dueOn()).isBeforeOrEqualTo(b.dueOn());
                        if (a.dueOn().equals(b.dueOn())) {
                            assertThat(a.plan().toString()).isLessThanOrEqualTo(b.plan().toString());
                        }
                    }
                });
    }
}
