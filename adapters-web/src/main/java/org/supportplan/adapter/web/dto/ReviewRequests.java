package org.supportplan.adapter.web.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.supportplan.domain.profile.ReviewInterval;
import org.supportplan.domain.review.ParticipantRole;
import org.supportplan.domain.review.ReviewMethod;
import org.supportplan.domain.review.ReviewTrigger;

/** The bodies of the review routes: a review held, a request for one, and an interval agreed with the person. */
public final class ReviewRequests {

    private static final String DATE_MESSAGE = "a date is written as YYYY-MM-DD, such as 2026-05-28";

    private ReviewRequests() {
    }

    /** What a review decided, as the {@code kind} of {@link Decision}. */
    public enum DecisionKind {
        /** The plan carries on as it is. */
        NO_CHANGE,
        /** Small changes: the plan is revised as a new draft version ({@code whatChanges} says what). */
        MINOR_CHANGE,
        /** Needs have changed: a re-assessment is requested ({@code why} says what changed). */
        SIGNIFICANT_CHANGE
    }

    /**
     * Body of {@code POST /plans/{id}/reviews}.
     *
     * @param heldOn the day the review was held (not after today)
     * @param trigger why it was held
     * @param method how it was held
     * @param participants the roles that took part (the person, their representative or an advocate among them)
     * @param budgetUse how the budget was used, one entry per need or outcome discussed; may be omitted
     * @param outcome what was decided
     * @param coversDirectPayment whether the direct payment was reviewed too
     */
    public record Record(
            @NotNull(message = "heldOn is required")
            @Pattern(regexp = Formats.DATE, message = DATE_MESSAGE)
            String heldOn,

            @NotNull(message = "trigger is required")
            @EnumName(ReviewTrigger.class)
            String trigger,

            @NotNull(message = "method is required")
            @EnumName(ReviewMethod.class)
            String method,

            @NotEmpty(message = "participants is required: at least the person, their representative or an advocate")
            @Size(max = 20, message = "at most {max} participants")
            List<@NotNull(message = "a participant's role is required") @EnumName(ParticipantRole.class) String> participants,

            @Size(max = Formats.MAX_ENTRIES, message = "at most {max} entries")
            List<@NotNull(message = "an entry is required") @Valid BudgetUse> budgetUse,

            @NotNull(message = "outcome is required")
            @Valid
            Decision outcome,

            @NotNull(message = "coversDirectPayment is required (true or false)")
            Boolean coversDirectPayment) {
    }

    /**
     * How the budget was used for one need or one outcome: exactly one of {@code need} and {@code outcome}.
     *
     * @param need the id of a need in the plan, such as {@code "n1"}
     * @param outcome the id of an outcome in the plan, such as {@code "o1"}
     * @param howUsed how the budget was used
     */
    public record BudgetUse(
            @Pattern(regexp = Formats.PART_ID, message = "an id is 1 to 40 letters, digits, dots, underscores or hyphens")
            String need,

            @Pattern(regexp = Formats.PART_ID, message = "an id is 1 to 40 letters, digits, dots, underscores or hyphens")
            String outcome,

            @NotBlank(message = "howUsed is required")
            @Size(max = Formats.NARRATIVE, message = "howUsed must be at most {max} characters")
            String howUsed) {
    }

    /**
     * What a review decided: {@code whatChanges} with a minor change, {@code why} with a significant one, neither
     * with no change.
     *
     * @param kind {@code NO_CHANGE}, {@code MINOR_CHANGE} or {@code SIGNIFICANT_CHANGE}
     * @param whatChanges what is to change in the plan (minor change only)
     * @param why what has changed in the person's needs or circumstances (significant change only)
     */
    public record Decision(
            @NotNull(message = "kind is required")
            @EnumName(DecisionKind.class)
            String kind,

            @Size(max = Formats.NARRATIVE, message = "whatChanges must be at most {max} characters")
            String whatChanges,

            @Size(max = Formats.NARRATIVE, message = "why must be at most {max} characters")
            String why) {
    }

    /**
     * Body of {@code POST /plans/{id}/review-requests}.
     *
     * @param requestedOn the day the review was asked for
     * @param requestedBy who asked: the person, their representative, a carer or an advocate
     */
    public record Request(
            @NotNull(message = "requestedOn is required")
            @Pattern(regexp = Formats.DATE, message = DATE_MESSAGE)
            String requestedOn,

            @NotNull(message = "requestedBy is required")
            @EnumName(ParticipantRole.class)
            String requestedBy) {
    }

    /**
     * Body of {@code PUT /plans/{id}/review-interval}: a regular interval agreed with the person, counted from the
     * previous review.
     *
     * @param amount how many weeks or months, 1 to 120
     * @param unit {@code WEEKS} or {@code MONTHS}
     */
    public record Interval(
            @NotNull(message = "amount is required (a whole number such as 6)")
            @Min(value = 1, message = "amount is 1 to 120")
            @Max(value = 120, message = "amount is 1 to 120")
            Integer amount,

            @NotNull(message = "unit is required")
            @EnumName(ReviewInterval.Unit.class)
            String unit) {
    }
}
