package org.supportplan.domain.plan;

import java.util.Set;

import org.supportplan.domain.validation.Check;

/**
 * An outcome the person wants, in their words, linked to the needs it addresses.
 *
 * @param id the key support items use to refer to this outcome
 * @param description the outcome in the person's words
 * @param kind whether it is something to change, keep or achieve
 * @param needs the needs it addresses (may be empty for a wellbeing outcome)
 */
public record Outcome(OutcomeId id, Narrative description, OutcomeKind kind, Set<NeedId> needs) {

    /** Validates presence and copies the links into a sorted, unmodifiable set. */
    public Outcome {
        Check.present(id, "id");
        Check.present(description, "description");
        Check.present(kind, "kind");
        needs = Sets.sortedCopy(needs, "needs");
    }
}
