package org.supportplan.domain.spend;

import java.util.Optional;
import java.util.Set;

import org.supportplan.domain.plan.NeedId;
import org.supportplan.domain.plan.OutcomeId;
import org.supportplan.domain.plan.PaidPerson;
import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.validation.Check;

/**
 * What a spend rule looks at: one support item in a plan, or one transaction on a direct-payment
 * account, reduced to the facts the rules need.
 *
 * @param path where the subject is, such as {@code $.supportItems[2]} or {@code line 17}
 * @param category what it buys
 * @param description its description (used by council rules that match words)
 * @param route how it is paid
 * @param paidPerson the individual paid, when it is an individual, or null
 * @param needs the needs it meets
 * @param outcomes the outcomes it helps achieve
 */
public record SpendSubject(String path, SpendCategory category, String description, PaymentRoute route,
                           PaidPerson paidPerson, Set<NeedId> needs, Set<OutcomeId> outcomes) {

    /** Validates presence and copies the links. */
    public SpendSubject {
        Check.present(path, "path");
        Check.present(category, "category");
        description = description == null ? "" : description;
        Check.present(route, "route");
        needs = copy(needs);
        outcomes = copy(outcomes);
    }

    // Every item of every sign-off check becomes a subject, and most link one need or outcome: copy those without
    // the hash set Set.copyOf builds to drop duplicates a set of one cannot have.
    private static <T> Set<T> copy(Set<T> values) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        return values.size() == 1 ? Set.of(values.iterator().next()) : Set.copyOf(values);
    }

    /** The individual paid, if any. */
    public Optional<PaidPerson> payee() {
        return Optional.ofNullable(paidPerson);
    }
}
