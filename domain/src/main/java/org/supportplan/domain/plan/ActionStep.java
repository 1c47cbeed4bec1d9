package org.supportplan.domain.plan;

import java.time.LocalDate;
import java.util.Optional;

import org.supportplan.domain.validation.Check;

/**
 * One step of the action plan: how the plan is put in place (Derbyshire's question 7).
 *
 * @param action what will be done
 * @param who who does it, by role
 * @param byWhen the date it should be done by, or null when open
 */
public record ActionStep(Narrative action, String who, LocalDate byWhen) {

    /** Validates. */
    public ActionStep {
        Check.present(action, "action");
        who = Check.text(who, "who", 200);
    }

    /** The target date, if set. */
    public Optional<LocalDate> dueBy() {
        return Optional.ofNullable(byWhen);
    }
}
