package org.supportplan.domain.profile;

import org.supportplan.domain.validation.Check;

/**
 * When reviews fall due under a council's profile: the initial review, the regular review, and the
 * direct-payment review clock.
 *
 * @param initialReview when the first review is due
 * @param regularReview the longest gap between reviews after that
 * @param directPaymentFirstReview when a direct payment is first reviewed
 * @param directPaymentRegularReview the longest gap between direct-payment reviews after that
 */
public record ReviewPolicy(Setting<ReviewInterval> initialReview, Setting<ReviewInterval> regularReview,
                           Setting<ReviewInterval> directPaymentFirstReview,
                           Setting<ReviewInterval> directPaymentRegularReview) {

    /** Validates presence. */
    public ReviewPolicy {
        Check.present(initialReview, "initialReview");
        Check.present(regularReview, "regularReview");
        Check.present(directPaymentFirstReview, "directPaymentFirstReview");
        Check.present(directPaymentRegularReview, "directPaymentRegularReview");
    }
}
