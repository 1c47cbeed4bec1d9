package org.supportplan.domain.rule;

import org.supportplan.domain.validation.Check;

/**
 * Where a rule comes from: an Act section, a regulation, statutory guidance, a council's published
 * page or a council's own policy. Shown beside every refusal.
 *
 * @param kind what sort of source it is
 * @param citation the citation, such as "Direct Payments Regulations 2014, reg 3"
 */
public record RuleSource(Kind kind, String citation) {

    /** What sort of source a rule has. */
    public enum Kind {
        /** An Act of Parliament. */
        ACT,
        /** Regulations made under an Act. */
        REGULATION,
        /** The Care and Support Statutory Guidance. */
        STATUTORY_GUIDANCE,
        /** A council's published page (the seed pages). */
        COUNCIL_PAGE,
        /** A council's own local policy, configured in its profile. */
        COUNCIL_POLICY,
        /** A supportplan default where no law or council gives a figure; a council should set its own. */
        SUPPORTPLAN_DEFAULT
    }

    /** Validates. */
    public RuleSource {
        Check.present(kind, "kind");
        citation = Check.text(citation, "citation", 300);
    }

    /** Shorthand. */
    public static RuleSource of(Kind kind, String citation) {
        return new RuleSource(kind, citation);
    }

    @Override
    public String toString() {
        return citation;
    }
}
