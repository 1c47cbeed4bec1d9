package org.supportplan.domain.profile;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.validation.Check;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * One question (Derbyshire) or heading (Bury) a council's plan must answer before it can be agreed.
 *
 * @param id a short key such as {@code q1}
 * @param text the question as the council words it
 * @param answeredBy the plan sections that answer it, kept in {@link PlanSection} order
 * @param source where the council asks this question
 */
public record PlanQuestion(String id, String text, Set<PlanSection> answeredBy, RuleSource source) {

    /** Validates. */
    public PlanQuestion {
        id = Check.text(id, "id", 40);
        text = Check.text(text, "text", 500);
        Check.present(answeredBy, "answeredBy");
        Check.that(!answeredBy.isEmpty(), "answeredBy", "profile.question-sections",
                "question " + id + " must name at least one plan section that answers it");
        answeredBy.forEach(section -> Check.present(section, "answeredBy"));
        // In the enum's order: messages and the wire form list the sections the same way on every run.
        answeredBy = Collections.unmodifiableSet(EnumSet.copyOf(answeredBy));
        if (source == null) {
            throw new InvalidValueException("source", "profile.source-required", "supportplan council profiles",
                    "question " + id + " must cite where the council asks it");
        }
    }
}
