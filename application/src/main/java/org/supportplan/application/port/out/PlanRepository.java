package org.supportplan.application.port.out;

import java.util.List;
import java.util.Optional;

import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.PlanOwnership;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.StoredPlan;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;

/**
 * Out-port: where support plans and every version of each are kept, with each plan's {@link Revision}.
 * Every write is all or nothing and appends its audit event to the {@link AuditTrail} in the same
 * transaction; an update is applied only if the plan's revision is still the one it was based on
 * (compare-and-set in the store, so concurrent writers, in one process or many, never lose an update).
 * A plan's person and council never change between its versions.
 */
public interface PlanRepository {

    /**
     * Stores version 1 of a new plan at {@link Revision#FIRST} and appends {@code event}.
     *
     * @throws IllegalStateException if a plan with this id exists (nothing is written)
     */
    void create(SupportPlan plan, AuditEvent event);

    /**
     * Stores {@code versions} of plan {@code id} (each replacing a stored version with the same number, or
     * adding a new one) and appends {@code event}, all in one transaction, if the plan's revision is still
     * {@code basedOn}; the plan's revision then becomes the next one.
     *
     * @return {@link Update.Written} with the new revision, {@link Update.Stale} with the current revision
     *         when the plan has moved on, or {@link Update.Missing} when there is no such plan; only
     *         {@code Written} wrote anything
     */
    Update update(PlanId id, Revision basedOn, List<SupportPlan> versions, AuditEvent event);

    /** The latest version of the plan with this id and the plan's revision, or empty. */
    Optional<StoredPlan> findById(PlanId id);

    /**
     * Whose the plan with this id is, or empty when there is no such plan. Nothing of the plan's content is
     * read, so a store answers it from the plan's identity alone; the default reads the latest version.
     */
    default Optional<PlanOwnership> ownership(PlanId id) {
        return findById(id).map(stored -> new PlanOwnership(stored.plan().person(), stored.plan().council()));
    }

    /** One version of a plan, or empty. */
    Optional<SupportPlan> findVersion(PlanId id, int version);

    /** Every stored version of a plan, oldest first (empty when there is none). */
    List<SupportPlan> history(PlanId id);

    /** Up to {@code limit} plan ids after {@code after} (or from the first, when empty), in a stable order. */
    List<PlanId> ids(Optional<PlanId> after, int limit);

    /**
     * Writes a plan's whole history at {@code revision} exactly as exported from another store (for
     * {@code import}), appending no audit event: the exported trail is restored separately.
     *
     * @throws IllegalStateException if a plan with this id exists (nothing is written)
     */
    void restore(List<SupportPlan> history, Revision revision);

    /** The outcome of {@link #update}. */
    sealed interface Update permits Update.Written, Update.Stale, Update.Missing {

        /**
         * The versions and the event were written.
         *
         * @param revision the plan's new revision
         */
        record Written(Revision revision) implements Update {
        }

        /**
         * Nothing was written: the plan has moved on since the revision the update was based on.
         *
         * @param current the plan's current revision
         */
        record Stale(Revision current) implements Update {
        }

        /** Nothing was written: there is no such plan. */
        record Missing() implements Update {
        }
    }
}
