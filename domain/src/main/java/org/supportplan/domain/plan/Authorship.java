package org.supportplan.domain.plan;

import org.supportplan.domain.validation.Check;

/**
 * Who wrote the plan and whether an independent advocate is required: when the person has
 * substantial difficulty taking part and nobody appropriate can help (Care Act s.67 and s.68).
 *
 * @param writtenBy who wrote it
 * @param substantialDifficulty whether the person has substantial difficulty understanding, retaining,
 *        weighing or communicating
 * @param appropriatePersonAvailable whether someone appropriate (not paid to care) can support them
 * @param advocateArranged a reference to the arranged advocacy (organisation and case reference), or null
 */
public record Authorship(AuthorRole writtenBy, boolean substantialDifficulty, boolean appropriatePersonAvailable,
                         String advocateArranged) {

    /** Where the advocacy duty comes from. */
    public static final String ADVOCACY_SOURCE = "Care Act 2014 s.67-68; Derbyshire seed page (independent advocacy)";

    /** Validates; a blank reference counts as none. */
    public Authorship {
        Check.present(writtenBy, "writtenBy");
        advocateArranged = advocateArranged == null || advocateArranged.isBlank()
                ? null : Check.text(advocateArranged, "advocateArranged", 200);
    }

    /** True when the council must arrange an independent advocate. */
    public boolean advocateRequired() {
        return substantialDifficulty && !appropriatePersonAvailable;
    }

    /** True when advocacy has been arranged and recorded. */
    public boolean advocateRecorded() {
        return advocateArranged != null;
    }
}
