package org.supportplan.domain.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.profile.ReviewAnchor;
import org.supportplan.domain.profile.ReviewInterval;
import org.supportplan.domain.profile.ReviewPolicy;
import org.supportplan.domain.profile.Setting;
import org.supportplan.domain.validation.Check;

/**
 * The reviews due next for one plan under its council's review policy (ADR 0014):
 * <ul>
 *   <li>the plan's own review: the initial review until any review of the plan is held, then a regular
 *       review counted from the latest one, at the council's interval or the interval agreed with the
 *       person, whichever falls sooner;</li>
 *   <li>with a direct payment, its review: the first within the policy's interval of the first payment until
 *       a review covering the direct payment is held on or after that payment, then regular reviews counted
 *       from the latest such review;</li>
 *   <li>one review for each open request, due on the day requested.</li>
 * </ul>
 * A plan that has ended has nothing due. A review counted from an event that has not happened (support
 * start under Bury's policy, the first direct payment) is {@link Unscheduled}; the national default counts
 * the initial review from sign-off, so it has a date as soon as the plan is agreed. An initial review
 * configured to count from the previous review counts from sign-off, there being no review before it.
 *
 * @param plan the plan
 * @param due the reviews due, earliest first
 * @param unscheduled the reviews waiting for the event they are counted from
 */
public record ReviewSchedule(PlanId plan, List<DueReview> due, List<Unscheduled> unscheduled) {

    private static final Comparator<DueReview> EARLIEST_FIRST = Comparator.comparing(DueReview::dueOn)
            .thenComparing(DueReview::kind);

    /** Validates presence and sorts the reviews due, earliest first. */
    public ReviewSchedule {
        Check.present(plan, "plan");
        due = Check.present(due, "due").stream().sorted(EARLIEST_FIRST).toList();
        unscheduled = List.copyOf(Check.present(unscheduled, "unscheduled"));
    }

    /** The reviews due for the plan described by {@code facts} under {@code policy}. */
    public static ReviewSchedule of(ReviewFacts facts, ReviewPolicy policy) {
        Check.present(facts, "facts");
        Check.present(policy, "policy");
        List<DueReview> due = new ArrayList<>();
        List<Unscheduled> unscheduled = new ArrayList<>();
        if (facts.endedOn().isPresent()) {
            return new ReviewSchedule(facts.plan(), due, unscheduled);
        }
        planReview(facts, policy, due, unscheduled);
        directPaymentReview(facts, policy, due, unscheduled);
        for (ReviewRequest request : facts.requests()) {
            if (facts.reviews().stream().noneMatch(request::answeredBy)) {
                due.add(new DueReview(facts.plan(), facts.council(), ReviewKind.ON_REQUEST, request.requestedOn(),
                        request.requestedOn(), new SetBy.Request(request)));
            }
        }
        return new ReviewSchedule(facts.plan(), due, unscheduled);
    }

    /** The earliest review due, if any. */
    public Optional<DueReview> next() {
        return due.stream().findFirst();
    }

    /** The review of {@code kind} due, if any. */
    public Optional<DueReview> find(ReviewKind kind) {
        return due.stream().filter(d -> d.kind() == kind).findFirst();
    }

    private static void planReview(ReviewFacts facts, ReviewPolicy policy, List<DueReview> due, List<Unscheduled> unscheduled) {
        Optional<LocalDate> previous = latest(facts.reviews().stream().filter(Review::reviewsPlan).map(Review::heldOn).toList());
        if (previous.isEmpty()) {
            Setting<ReviewInterval> initial = policy.initialReview();
            Optional<LocalDate> anchor = switch (initial.value().anchor()) {
                case SIGN_OFF, PREVIOUS_REVIEW -> Optional.of(facts.signedOffOn());
                case SUPPORT_START -> facts.supportStart();
                case FIRST_PAYMENT -> facts.firstDirectPayment();
            };
            if (anchor.isEmpty()) {
                unscheduled.add(new Unscheduled(ReviewKind.INITIAL, initial.value().anchor()));
            } else {
                due.add(fromPolicy(facts, ReviewKind.INITIAL, anchor.get(), "initialReview", initial));
            }
            return;
        }
        LocalDate last = previous.get();
        DueReview byPolicy = fromPolicy(facts, ReviewKind.REGULAR, last, "regularReview", policy.regularReview());
        if (facts.agreedInterval().isPresent()) {
            AgreedInterval agreed = facts.agreedInterval().get();
            LocalDate from = agreed.agreedOn().isAfter(last) ? agreed.agreedOn() : last;
            LocalDate byAgreement = agreed.interval().dueAfter(from);
            if (byAgreement.isBefore(byPolicy.dueOn())) {
                due.add(new DueReview(facts.plan(), facts.council(), ReviewKind.REGULAR, byAgreement, from, new SetBy.Agreement(agreed)));
                return;
            }
        }
        due.add(byPolicy);
    }

    private static void directPaymentReview(ReviewFacts facts, ReviewPolicy policy, List<DueReview> due,
                                            List<Unscheduled> unscheduled) {
        if (!facts.hasDirectPayment()) {
            return;
        }
        if (facts.firstDirectPayment().isEmpty()) {
            unscheduled.add(new Unscheduled(ReviewKind.DIRECT_PAYMENT_FIRST, ReviewAnchor.FIRST_PAYMENT));
            return;
        }
        LocalDate firstPayment = facts.firstDirectPayment().get();
        // A review before any payment was made had no payments to look at.
        Optional<LocalDate> previous = latest(facts.reviews().stream()
                .filter(r -> r.coversDirectPayment() && !r.heldOn().isBefore(firstPayment)).map(Review::heldOn).toList());
        due.add(previous.isEmpty()
                ? fromPolicy(facts, ReviewKind.DIRECT_PAYMENT_FIRST, firstPayment, "directPaymentFirstReview",
                        policy.directPaymentFirstReview())
                : fromPolicy(facts, ReviewKind.DIRECT_PAYMENT_REGULAR, previous.get(), "directPaymentRegularReview",
                        policy.directPaymentRegularReview()));
    }

    private static DueReview fromPolicy(ReviewFacts facts, ReviewKind kind, LocalDate anchor, String name,
                                        Setting<ReviewInterval> setting) {
        return new DueReview(facts.plan(), facts.council(), kind, setting.value().dueAfter(anchor), anchor,
                new SetBy.Policy(name, setting));
    }

    private static Optional<LocalDate> latest(List<LocalDate> dates) {
        return dates.stream().max(Comparator.naturalOrder());
    }
}
