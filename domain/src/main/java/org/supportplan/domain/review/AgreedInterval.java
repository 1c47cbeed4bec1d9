package org.supportplan.domain.review;

import java.time.LocalDate;

import org.supportplan.domain.profile.ReviewAnchor;
import org.supportplan.domain.profile.ReviewInterval;
import org.supportplan.domain.profile.ReviewPolicy;
import org.supportplan.domain.validation.Check;

/**
 * A regular review interval agreed with the person, shorter than the council's, for when needs keep
 * changing (Derbyshire: "We'll agree with you how often your support plan needs to be reviewed"). It
 * counts from the later of the previous review and the day it was agreed; the council's interval still
 * applies whenever it falls sooner.
 *
 * @param interval how often, counted from the previous review
 * @param agreedOn the day it was agreed
 */
public record AgreedInterval(ReviewInterval interval, LocalDate agreedOn) {

    /** Validates presence and the anchor. */
    public AgreedInterval {
        Check.present(interval, "interval");
        Check.present(agreedOn, "agreedOn");
        Check.that(interval.anchor() == ReviewAnchor.PREVIOUS_REVIEW, "interval.anchor", ReviewPolicy.ANCHOR.value(),
                "an agreed review interval is counted from the previous review");
    }

    /**
     * An interval agreed on {@code agreedOn} under {@code policy}; refused unless shorter than the council's
     * regular interval ({@code review.agreed-interval-not-shorter}).
     */
    public static AgreedInterval agree(ReviewPolicy policy, ReviewInterval interval, LocalDate agreedOn) {
        return new AgreedInterval(Check.present(policy, "policy").checkAgreedInterval(interval), agreedOn);
    }
}
