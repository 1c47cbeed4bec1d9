package org.supportplan.domain.review;

import java.time.LocalDate;

import org.supportplan.domain.validation.Check;

/**
 * A re-assessment of the person's needs that has been completed, as recorded by the council: the only
 * basis on which a budget may be reduced.
 *
 * @param reference the council's reference for the assessment (not the person's name)
 * @param completedOn the day it was completed
 */
public record CompletedReassessment(String reference, LocalDate completedOn) {

    /** Validates. */
    public CompletedReassessment {
        reference = Check.text(reference, "reference", 100);
        Check.present(completedOn, "completedOn");
    }
}
