package org.supportplan.domain.profile;

import java.util.Set;

import org.supportplan.domain.spend.RuleSource;
import org.supportplan.domain.validation.Check;

/**
 * One question (Derbyshire) or heading (Bury) a council's plan must answer before it can be agreed.
 *
 * @param id a short key such as {@code q1}
 * @param text the question as the council words it
 * @param answeredBy the plan sections that answer it
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
        answeredBy = Set.copyOf(answeredBy);
        Check.present(source, "source");
    }
}
