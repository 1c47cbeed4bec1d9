package org.supportplan.domain.review;

import org.supportplan.domain.profile.Provenance;
import org.supportplan.domain.profile.ReviewInterval;
import org.supportplan.domain.profile.ReviewPolicy;
import org.supportplan.domain.profile.Setting;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.validation.Check;

/**
 * What set a review's due date: a setting of the council's profile (its own, or the national default,
 * always said which), an interval agreed with the person, or the person's request.
 */
public sealed interface SetBy permits SetBy.Policy, SetBy.Agreement, SetBy.Request {

    /** Where the rule behind the date comes from. */
    RuleSource source();

    /** Who set it, as a care manager would say it: "council's own", "national default", "agreed with the person", "requested". */
    String label();

    /**
     * A setting of the council's review policy.
     *
     * @param name the setting's name in the profile, such as {@code initialReview}
     * @param setting the setting, with its provenance and source
     */
    record Policy(String name, Setting<ReviewInterval> setting) implements SetBy {

        /** Validates presence. */
        public Policy {
            Check.present(name, "name");
            Check.present(setting, "setting");
        }

        /** Whether the value is the council's own or the national default. */
        public Provenance provenance() {
            return setting.provenance();
        }

        @Override
        public RuleSource source() {
            return setting.source();
        }

        @Override
        public String label() {
            return setting.isDefault() ? "national default" : "council's own";
        }
    }

    /**
     * The interval agreed with the person, shorter than the council's.
     *
     * @param agreed the agreement
     */
    record Agreement(AgreedInterval agreed) implements SetBy {

        /** Validates presence. */
        public Agreement {
            Check.present(agreed, "agreed");
        }

        @Override
        public RuleSource source() {
            return ReviewPolicy.AGREED_INTERVAL_GUIDANCE;
        }

        @Override
        public String label() {
            return "agreed with the person";
        }
    }

    /**
     * A request for a review.
     *
     * @param request the request
     */
    record Request(ReviewRequest request) implements SetBy {

        /** Validates presence. */
        public Request {
            Check.present(request, "request");
        }

        @Override
        public RuleSource source() {
            return ReviewRequest.SOURCE;
        }

        @Override
        public String label() {
            return "requested";
        }
    }
}
