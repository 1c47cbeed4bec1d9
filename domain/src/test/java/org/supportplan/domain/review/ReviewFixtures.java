package org.supportplan.domain.review;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.NeedId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.profile.Provenance;
import org.supportplan.domain.profile.ReviewAnchor;
import org.supportplan.domain.profile.ReviewInterval;
import org.supportplan.domain.profile.ReviewPolicy;
import org.supportplan.domain.profile.Setting;
import org.supportplan.domain.profile.StatutoryBoundOracle;
import org.supportplan.domain.rule.RuleSource;

/** Reviews, facts and generators for the review tests. */
final class ReviewFixtures {

    static final PlanId PLAN = new PlanId(UUID.fromString("7b0e1f52-3c1a-4d8e-9f00-1a2b3c4d5e6f"));
    static final CouncilId BURY = CouncilId.of("bury");
    static final CouncilId DERBYSHIRE = CouncilId.of("derbyshire");
    static final RuleSource TEST = RuleSource.of(RuleSource.Kind.COUNCIL_POLICY, "test policy");

    private ReviewFixtures() {
    }

    /** A review of {@link #PLAN} held on {@code heldOn} with the person and care manager, no change. */
    static Review review(LocalDate heldOn, ReviewTrigger trigger, boolean coversDirectPayment) {
        return new Review(ReviewId.random(), PLAN, 1, heldOn, trigger, ReviewMethod.HOME_VISIT,
                Set.of(ParticipantRole.PERSON, ParticipantRole.CARE_MANAGER),
                List.of(BudgetUse.forNeed(NeedId.of("n1"), Narrative.of("A personal assistant every morning"))),
                ReviewOutcome.NO_CHANGE, coversDirectPayment);
    }

    /** Facts of {@link #PLAN} signed off on {@code signedOffOn} with nothing else yet. */
    static ReviewFacts signedOff(CouncilId council, LocalDate signedOffOn) {
        return new ReviewFacts(PLAN, council, signedOffOn, Optional.empty(), Optional.empty(), false, Optional.empty(),
                List.of(), Optional.empty(), List.of());
    }

    static ReviewFacts withStart(ReviewFacts f, LocalDate start) {
        return new ReviewFacts(f.plan(), f.council(), f.signedOffOn(), Optional.of(start), f.endedOn(), f.hasDirectPayment(),
                f.firstDirectPayment(), f.reviews(), f.agreedInterval(), f.requests());
    }

    static ReviewFacts withDirectPayment(ReviewFacts f, Optional<LocalDate> firstPayment) {
        return new ReviewFacts(f.plan(), f.council(), f.signedOffOn(), f.supportStart(), f.endedOn(), true, firstPayment,
                f.reviews(), f.agreedInterval(), f.requests());
    }

    static ReviewFacts withReviews(ReviewFacts f, Review... reviews) {
        return new ReviewFacts(f.plan(), f.council(), f.signedOffOn(), f.supportStart(), f.endedOn(), f.hasDirectPayment(),
                f.firstDirectPayment(), List.of(reviews), f.agreedInterval(), f.requests());
    }

    static ReviewFacts withAgreed(ReviewFacts f, AgreedInterval agreed) {
        return new ReviewFacts(f.plan(), f.council(), f.signedOffOn(), f.supportStart(), f.endedOn(), f.hasDirectPayment(),
                f.firstDirectPayment(), f.reviews(), Optional.of(agreed), f.requests());
    }

    static ReviewFacts withRequests(ReviewFacts f, ReviewRequest... requests) {
        return new ReviewFacts(f.plan(), f.council(), f.signedOffOn(), f.supportStart(), f.endedOn(), f.hasDirectPayment(),
                f.firstDirectPayment(), f.reviews(), f.agreedInterval(), List.of(requests));
    }

    static ReviewFacts ended(ReviewFacts f, LocalDate on) {
        return new ReviewFacts(f.plan(), f.council(), f.signedOffOn(), f.supportStart(), Optional.of(on), f.hasDirectPayment(),
                f.firstDirectPayment(), f.reviews(), f.agreedInterval(), f.requests());
    }

    /** A policy from four intervals, each the council's own. */
    static ReviewPolicy policy(ReviewInterval initial, ReviewInterval regular, ReviewInterval dpFirst, ReviewInterval dpRegular) {
        return new ReviewPolicy(own(initial), own(regular), own(dpFirst), own(dpRegular));
    }

    static Setting<ReviewInterval> own(ReviewInterval interval) {
        return new Setting<>(interval, Provenance.COUNCIL, TEST);
    }

    // ---- generators ----

    /**
     * Dates from 1995 to 2105 (so across the non-leap 2100), weighted towards the awkward ones: month
     * ends, the days just before them, and leap days.
     */
    static Gen<LocalDate> dates() {
        Gen<LocalDate> any = Generate.longRange(LocalDate.of(1995, 1, 1).toEpochDay(), LocalDate.of(2105, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Gen<YearMonth> months = integers().between(1995 * 12, 2105 * 12 + 11).map(m -> YearMonth.of(m / 12, m % 12 + 1));
        Gen<LocalDate> monthEnds = months.map(YearMonth::atEndOfMonth);
        Gen<LocalDate> nearMonthEnds = months.zip(integers().between(1, 3), (m, back) -> m.atEndOfMonth().minusDays(back));
        Gen<LocalDate> leapDays = integers().between(499, 526).map(i -> i * 4).assuming(Year::isLeap).map(y -> LocalDate.of(y, 2, 29));
        return Generate.frequency(List.of(Pair.of(3, any), Pair.of(2, monthEnds), Pair.of(1, nearMonthEnds), Pair.of(1, leapDays)));
    }

    /** Intervals of 1 to {@code maxWeeks} weeks or 1 to {@code maxMonths} months counted from {@code anchor}. */
    static Gen<ReviewInterval> intervals(int maxWeeks, int maxMonths, ReviewAnchor anchor) {
        Gen<ReviewInterval> weeks = integers().between(1, maxWeeks).map(n -> ReviewInterval.weeks(n, anchor));
        Gen<ReviewInterval> months = integers().between(1, maxMonths).map(n -> ReviewInterval.months(n, anchor));
        return weeks.mix(months);
    }

    /**
     * Every lawful policy: any initial review (1 to 120 weeks or months after sign-off or support start: no
     * statutory maximum) and any interval the law allows for the other three, found date by date, with
     * either provenance. {@code ReviewPolicyTest} shows the policy accepts exactly these.
     */
    static Gen<ReviewPolicy> validPolicies() {
        Gen<ReviewInterval> initial = Generate.pick(StatutoryBoundOracle.everyInterval(ReviewAnchor.SIGN_OFF))
                .mix(Generate.pick(StatutoryBoundOracle.everyInterval(ReviewAnchor.SUPPORT_START)));
        Gen<ReviewInterval> regular = Generate.pick(StatutoryBoundOracle.LAWFUL_REGULAR);
        return initial.zip(regular, Generate.pick(StatutoryBoundOracle.LAWFUL_DIRECT_PAYMENT_FIRST), regular,
                Generate.enumValues(Provenance.class),
                (i, r, f, dr, p) -> new ReviewPolicy(new Setting<>(i, p, TEST), new Setting<>(r, p, TEST),
                        new Setting<>(f, p, TEST), new Setting<>(dr, p, TEST)));
    }
}
