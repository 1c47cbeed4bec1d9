package org.supportplan.domain.review;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.validation.Check;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * The record of one review of a support plan: when and how it was held, who took part (by role), how
 * the budget was used against the plan's needs and outcomes, and what was decided. A review never
 * changes once recorded; a minor change revises the plan as a new version, a significant change raises
 * a {@link ReassessmentRequest}.
 *
 * <p>The person must take part, or someone through whom they are involved: their representative or an
 * independent advocate ({@code review.person-involved}). Care Act 2014 s.27(2)(b) requires the council to
 * involve the adult in deciding whether or how to revise their plan, or, where the adult lacks capacity,
 * someone interested in their welfare; s.67 provides an advocate where the person would otherwise have
 * substantial difficulty being involved. A review held with only staff and providers does not count.
 *
 * @param id the review's id
 * @param plan the plan reviewed
 * @param planVersion the version in force when it was reviewed
 * @param heldOn the day it was held (UK date)
 * @param trigger why it was held
 * @param method how it was held
 * @param participants the roles that took part
 * @param budgetUse how the budget was used, one entry per need or outcome discussed (may be empty)
 * @param outcome what was decided
 * @param coversDirectPayment whether the direct payment arrangements were reviewed too (always so for a
 *                            {@link ReviewTrigger#DIRECT_PAYMENT} review); such a review restarts the
 *                            direct-payment clock
 */
public record Review(ReviewId id, PlanId plan, int planVersion, LocalDate heldOn, ReviewTrigger trigger, ReviewMethod method,
                     Set<ParticipantRole> participants, List<BudgetUse> budgetUse, ReviewOutcome outcome,
                     boolean coversDirectPayment) {

    /** A review without the person, their representative or an advocate. */
    public static final RuleId PERSON_INVOLVED = RuleId.of("review.person-involved");
    /** Where the person's involvement comes from. */
    public static final RuleSource INVOLVEMENT = RuleSource.of(RuleSource.Kind.ACT,
            "Care Act 2014 s.27(2)(b): the council must involve the adult (or, lacking capacity, someone interested in "
                    + "their welfare) in revising the plan; s.67: an independent advocate where needed");

    /** Validates. */
    public Review {
        Check.present(id, "id");
        Check.present(plan, "plan");
        Check.that(planVersion >= 1, "planVersion", "plan.version-positive", "a plan version is 1 or more");
        Check.present(heldOn, "heldOn");
        Check.present(trigger, "trigger");
        Check.present(method, "method");
        Check.present(participants, "participants");
        // Set.of(...).contains(null) throws, so look for a null by walking the set.
        if (participants.stream().anyMatch(java.util.Objects::isNull)) {
            throw InvalidValueException.of("participants", "value.required", "a participant's role is required");
        }
        if (participants.stream().noneMatch(ParticipantRole::speaksForThePerson)) {
            throw new InvalidValueException("participants", PERSON_INVOLVED.value(), INVOLVEMENT.citation(),
                    "a review involves the person, their representative or an advocate; only " + participants + " took part");
        }
        participants = Collections.unmodifiableSet(EnumSet.copyOf(participants));
        Check.present(budgetUse, "budgetUse");
        for (int i = 0; i < budgetUse.size(); i++) {
            Check.present(budgetUse.get(i), "budgetUse[" + i + "]");
        }
        budgetUse = List.copyOf(budgetUse);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < budgetUse.size(); i++) {
            Integer earlier = seen.putIfAbsent(budgetUse.get(i).key(), i);
            if (earlier != null) {
                throw InvalidValueException.of("budgetUse[" + i + "]", "review.budget-use-duplicate",
                        budgetUse.get(i).key() + " is already described at budgetUse[" + earlier + "]; describe each need or outcome once");
            }
        }
        Check.present(outcome, "outcome");
        Check.that(trigger != ReviewTrigger.DIRECT_PAYMENT || coversDirectPayment, "coversDirectPayment",
                "review.direct-payment-covered", "a direct-payment review covers the direct payment");
    }

    /** True when this was a review of the plan (any trigger but a direct-payment review alone). */
    public boolean reviewsPlan() {
        return trigger.reviewsPlan();
    }

    /** The re-assessment this review asks for, when it found a significant change. */
    public Optional<ReassessmentRequest> reassessmentRequest() {
        return outcome instanceof ReviewOutcome.SignificantChange change
                ? Optional.of(new ReassessmentRequest(plan, id, heldOn, change.why()))
                : Optional.empty();
    }

    @Override
    public String toString() {
        // No narrative: reviews hold personal data and toString ends up in logs.
        return "Review[" + id + " of " + plan + " v" + planVersion + ", " + heldOn + ", " + trigger + "]";
    }
}
