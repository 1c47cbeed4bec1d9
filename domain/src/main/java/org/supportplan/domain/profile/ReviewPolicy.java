package org.supportplan.domain.profile;

import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.validation.Check;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * When reviews fall due under a council's profile: the initial review, the regular review, and the
 * direct-payment review clock. A council may review sooner than the law requires, never later: a regular
 * review longer than 12 months apart, a first direct-payment review later than 6 months after the first
 * payment, or direct-payment reviews more than 12 months apart are refused
 * ({@value #BEYOND_STATUTORY_BOUND_ID}, citing the law). The initial review has no statutory maximum; its
 * length and anchor are the council's choice.
 *
 * @param initialReview when the first review is due
 * @param regularReview the longest gap between reviews after that, counted from the previous review
 * @param directPaymentFirstReview when a direct payment is first reviewed, counted from the first payment
 * @param directPaymentRegularReview the longest gap between direct-payment reviews after that
 */
public record ReviewPolicy(Setting<ReviewInterval> initialReview, Setting<ReviewInterval> regularReview,
                           Setting<ReviewInterval> directPaymentFirstReview,
                           Setting<ReviewInterval> directPaymentRegularReview) {

    /** The id of the rule refusing a review interval longer than the law allows. */
    public static final String BEYOND_STATUTORY_BOUND_ID = "review.beyond-statutory-bound";
    /** A review interval longer than the law allows. */
    public static final RuleId BEYOND_STATUTORY_BOUND = RuleId.of(BEYOND_STATUTORY_BOUND_ID);
    /** A review interval counted from an event it cannot be counted from. */
    public static final RuleId ANCHOR = RuleId.of("review.anchor");
    /** An interval agreed with the person that is not shorter than the council's. */
    public static final RuleId AGREED_NOT_SHORTER = RuleId.of("review.agreed-interval-not-shorter");

    /** Where the 12-month bound on regular reviews comes from. */
    public static final RuleSource REGULAR_REVIEW_LAW = RuleSource.of(RuleSource.Kind.STATUTORY_GUIDANCE,
            "Care and Support Statutory Guidance ch.13: plans reviewed at least every 12 months");
    /** Where the direct-payment review bounds come from. */
    public static final RuleSource DIRECT_PAYMENT_REVIEW_LAW = RuleSource.of(RuleSource.Kind.REGULATION,
            "Care and Support (Direct Payments) Regulations 2014, reg 7(1)(a): a review within the first 6 months "
                    + "of the direct payment being made, then at intervals not exceeding 12 months");
    /** Where agreeing a shorter interval with the person comes from. */
    public static final RuleSource AGREED_INTERVAL_GUIDANCE = RuleSource.of(RuleSource.Kind.STATUTORY_GUIDANCE,
            "Care and Support Statutory Guidance ch.13: reviews proportionate to the person's circumstances, "
                    + "more often where needs are likely to change");

    /** The longest a regular review may be after the previous one. */
    public static final ReviewInterval LONGEST_REGULAR = ReviewInterval.months(12, ReviewAnchor.PREVIOUS_REVIEW);
    /** The latest a first direct-payment review may be after the first payment. */
    public static final ReviewInterval LONGEST_DIRECT_PAYMENT_FIRST = ReviewInterval.months(6, ReviewAnchor.FIRST_PAYMENT);
    /** The longest a direct-payment review may be after the previous one. */
    public static final ReviewInterval LONGEST_DIRECT_PAYMENT_REGULAR = ReviewInterval.months(12, ReviewAnchor.PREVIOUS_REVIEW);

    /** Validates presence, the anchors the law counts from, and the statutory bounds. */
    public ReviewPolicy {
        Check.present(initialReview, "initialReview");
        Check.present(regularReview, "regularReview");
        Check.present(directPaymentFirstReview, "directPaymentFirstReview");
        Check.present(directPaymentRegularReview, "directPaymentRegularReview");
        within(regularReview, "regularReview", LONGEST_REGULAR, REGULAR_REVIEW_LAW);
        within(directPaymentFirstReview, "directPaymentFirstReview", LONGEST_DIRECT_PAYMENT_FIRST, DIRECT_PAYMENT_REVIEW_LAW);
        within(directPaymentRegularReview, "directPaymentRegularReview", LONGEST_DIRECT_PAYMENT_REGULAR, DIRECT_PAYMENT_REVIEW_LAW);
    }

    /**
     * Checks an interval agreed with the person for their regular reviews: counted from the previous
     * review, and shorter than the council's regular interval for every date (an equal or longer one is
     * refused, {@code review.agreed-interval-not-shorter}: the council's interval is already the most the
     * person can be made to wait).
     *
     * @return {@code agreed}, unchanged
     */
    public ReviewInterval checkAgreedInterval(ReviewInterval agreed) {
        Check.present(agreed, "agreedInterval");
        anchoredAt(agreed, ReviewAnchor.PREVIOUS_REVIEW, "agreedInterval", "an agreed interval", AGREED_INTERVAL_GUIDANCE);
        ReviewInterval councils = regularReview.value();
        boolean same = agreed.unit() == councils.unit() && agreed.amount() == councils.amount();
        if (same || !agreed.neverLaterThan(councils)) {
            throw new InvalidValueException("agreedInterval", AGREED_NOT_SHORTER.value(), AGREED_INTERVAL_GUIDANCE.citation(),
                    "an interval agreed with the person must be shorter than the council's regular review ("
                            + councils + "); " + agreed + " is not");
        }
        return agreed;
    }

    private static void within(Setting<ReviewInterval> setting, String field, ReviewInterval bound, RuleSource law) {
        ReviewInterval interval = setting.value();
        anchoredAt(interval, bound.anchor(), field + ".value", field, law);
        if (!interval.neverLaterThan(bound)) {
            throw new InvalidValueException(field + ".value", BEYOND_STATUTORY_BOUND_ID, law.citation(), field + " is " + interval
                    + ", later than the law allows (at most " + bound + ", " + law.citation() + ")");
        }
    }

    private static void anchoredAt(ReviewInterval interval, ReviewAnchor expected, String path, String name, RuleSource law) {
        if (interval.anchor() != expected) {
            throw new InvalidValueException(path + ".anchor", ANCHOR.value(), law.citation(), name
                    + " is counted from the " + expected.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + ", not the " + interval.anchor().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
    }
}
