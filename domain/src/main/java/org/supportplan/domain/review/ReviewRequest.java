package org.supportplan.domain.review;

import java.time.LocalDate;
import java.util.EnumSet;

import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.validation.Check;

/**
 * A request for a review made by or on behalf of the person (Care Act 2014 s.27(1)(b)). It is due on the
 * day it is made and overdue from the next; it stays open until a review of the plan is held on or after
 * that day. Whether a request is reasonable is the council's decision, made before it is recorded here.
 *
 * @param requestedOn the day the request was made (UK date)
 * @param requestedBy who asked: the person, their representative, their carer or their advocate
 */
public record ReviewRequest(LocalDate requestedOn, ParticipantRole requestedBy) {

    /** Where the duty to review on request comes from. */
    public static final RuleSource SOURCE = RuleSource.of(RuleSource.Kind.ACT,
            "Care Act 2014 s.27(1)(b): a review on a reasonable request by or on behalf of the adult");

    private static final EnumSet<ParticipantRole> MAY_ASK = EnumSet.of(ParticipantRole.PERSON, ParticipantRole.REPRESENTATIVE,
            ParticipantRole.CARER, ParticipantRole.ADVOCATE);

    /** Validates. */
    public ReviewRequest {
        Check.present(requestedOn, "requestedOn");
        Check.present(requestedBy, "requestedBy");
        Check.that(MAY_ASK.contains(requestedBy), "requestedBy", "review.request-by",
                "a review is requested by or on behalf of the person (the person, their representative, carer or advocate), not by "
                        + requestedBy.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }

    /** True once {@code review} answers this request: a review of the plan held on or after the day it was made. */
    public boolean answeredBy(Review review) {
        return review.reviewsPlan() && !review.heldOn().isBefore(requestedOn);
    }
}
