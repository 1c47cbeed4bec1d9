package org.supportplan.domain.review;

import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.validation.Check;

/**
 * What a review decided: the plan carries on unchanged, it is revised as a new version, or needs have
 * changed so much that the person is re-assessed, after which the budget may go up or down (both seeds).
 */
public sealed interface ReviewOutcome permits ReviewOutcome.NoChange, ReviewOutcome.MinorChange, ReviewOutcome.SignificantChange {

    /** The shared "no change" outcome. */
    NoChange NO_CHANGE = new NoChange();

    /** True when the plan is revised into a new version because of this review. */
    default boolean revisesPlan() {
        return false;
    }

    /** True when this review raises a request for a re-assessment of needs. */
    default boolean raisesReassessment() {
        return false;
    }

    /** The plan is working and stays as it is. */
    record NoChange() implements ReviewOutcome {
    }

    /**
     * Small changes that keep within the assessed needs and the budget: the plan is revised as a new
     * version, which is signed off like any other.
     *
     * @param whatChanges what is to change in the plan
     */
    record MinorChange(Narrative whatChanges) implements ReviewOutcome {

        /** Validates presence. */
        public MinorChange {
            Check.present(whatChanges, "whatChanges");
        }

        @Override
        public boolean revisesPlan() {
            return true;
        }
    }

    /**
     * Needs or circumstances have changed significantly since the budget was set: a re-assessment is
     * requested, which may move the budget up or down.
     *
     * @param why what has changed
     */
    record SignificantChange(Narrative why) implements ReviewOutcome {

        /** Validates presence. */
        public SignificantChange {
            Check.present(why, "why");
        }

        @Override
        public boolean raisesReassessment() {
            return true;
        }
    }
}
