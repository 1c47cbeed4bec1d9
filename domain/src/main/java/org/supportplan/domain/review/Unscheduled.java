package org.supportplan.domain.review;

import org.supportplan.domain.profile.ReviewAnchor;
import org.supportplan.domain.validation.Check;

/**
 * A review that will fall due but has no date yet, because the event it is counted from has not happened:
 * under Bury's policy an agreed plan has no initial review date until support starts, and a direct payment
 * has none until it is first paid.
 *
 * @param kind which review
 * @param waitingFor the event it will be counted from
 */
public record Unscheduled(ReviewKind kind, ReviewAnchor waitingFor) {

    /** Validates presence. */
    public Unscheduled {
        Check.present(kind, "kind");
        Check.present(waitingFor, "waitingFor");
    }
}
