package org.supportplan.domain.review;

import org.supportplan.domain.plan.EnglandCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.DeploymentOption;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.validation.Check;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * What the review schedule of one plan depends on: the dates of its sign-off, support start, end and first
 * direct payment, the reviews held so far, any interval agreed with the person, and the requests for a
 * review. All dates are days in England ({@link EnglandCalendar}).
 *
 * @param plan the plan
 * @param council the council whose profile governs it
 * @param signedOffOn the day the version in force was signed off
 * @param supportStart the day support started, once it has
 * @param endedOn the day support ended, once it has
 * @param hasDirectPayment whether part of the budget is taken as a direct payment
 * @param firstDirectPayment the day of the first direct payment, once made
 * @param reviews the reviews of this plan held so far, in any order
 * @param agreedInterval a shorter regular interval agreed with the person, if any
 * @param requests requests for a review; those answered by a later review are ignored
 */
public record ReviewFacts(PlanId plan, CouncilId council, LocalDate signedOffOn, Optional<LocalDate> supportStart,
                          Optional<LocalDate> endedOn, boolean hasDirectPayment, Optional<LocalDate> firstDirectPayment,
                          List<Review> reviews, Optional<AgreedInterval> agreedInterval, List<ReviewRequest> requests) {

    /** Validates; every review must be of this plan. */
    public ReviewFacts {
        Check.present(plan, "plan");
        Check.present(council, "council");
        Check.present(signedOffOn, "signedOffOn");
        Check.present(supportStart, "supportStart");
        Check.present(endedOn, "endedOn");
        Check.present(firstDirectPayment, "firstDirectPayment");
        Check.present(reviews, "reviews");
        for (int i = 0; i < reviews.size(); i++) {
            Check.present(reviews.get(i), "reviews[" + i + "]");
            if (!reviews.get(i).plan().equals(plan)) {
                throw InvalidValueException.of("reviews[" + i + "].plan", "review.other-plan",
                        "review " + reviews.get(i).id() + " is of another plan");
            }
        }
        reviews = List.copyOf(reviews);
        Check.present(agreedInterval, "agreedInterval");
        Check.present(requests, "requests");
        for (int i = 0; i < requests.size(); i++) {
            Check.present(requests.get(i), "requests[" + i + "]");
        }
        requests = List.copyOf(requests);
    }

    /**
     * The facts of {@code inForce}, the version of a plan in force (agreed, active, under review or ended):
     * its sign-off date in England, support start and end, and whether its budget is partly taken as a
     * direct payment. Refused for a version not signed off or already replaced ({@code review.plan-in-force}).
     */
    public static ReviewFacts of(SupportPlan inForce, Optional<LocalDate> firstDirectPayment, List<Review> reviews,
                                 Optional<AgreedInterval> agreedInterval, List<ReviewRequest> requests) {
        Check.present(inForce, "plan");
        if (inForce.signOff().isEmpty() || inForce.status() == PlanStatus.REPLACED) {
            throw InvalidValueException.of("plan", "review.plan-in-force", "reviews are scheduled for the version of a plan in force "
                    + "(agreed, active, under review or ended); this version is " + inForce.status());
        }
        boolean direct = inForce.content().deployments().stream().anyMatch(d -> d.option() == DeploymentOption.DIRECT_PAYMENT);
        return new ReviewFacts(inForce.id(), inForce.council(), EnglandCalendar.dateOf(inForce.signOff().get().at()),
                inForce.supportStart(), inForce.endedOn(), direct, firstDirectPayment, reviews, agreedInterval, requests);
    }
}
