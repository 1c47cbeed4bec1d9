package org.supportplan.adapter.persistence;

import java.util.List;

import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * What every shipped store refuses on save, so that the stores behave alike and what is saved is what
 * is read back: a plan id names one person's plan under one council for all its versions, and text
 * must be whole Unicode characters (a database would quietly turn a broken one into '?').
 */
public final class PlanStorageRules {

    /** Where these rules are written down. */
    public static final String SOURCE = "supportplan plan storage (docs/adr/0011-plan-storage-as-versioned-documents.md)";

    private PlanStorageRules() {
    }

    /**
     * Refuses a version of plan {@code id} for another person or council than the plan's stored
     * versions are for.
     *
     * @throws InvalidValueException naming {@code personId} or {@code councilId}
     */
    public static void requireSameOwner(PlanId id, int version, PersonId person, CouncilId council,
                                        PersonId storedPerson, CouncilId storedCouncil) {
        if (!person.equals(storedPerson)) {
            throw new InvalidValueException("personId", "store.plan-same-person", SOURCE, "plan " + id
                    + " is the plan of person " + storedPerson + ", so its version " + version + " cannot be for person "
                    + person + "; every version of a plan is for the same person. Nothing was saved");
        }
        if (!council.equals(storedCouncil)) {
            throw new InvalidValueException("councilId", "store.plan-same-council", SOURCE, "plan " + id
                    + " is under council " + storedCouncil + ", so its version " + version + " cannot be under council "
                    + council + "; every version of a plan is under the same council. Nothing was saved");
        }
    }

    /**
     * Refuses a version of another plan among the versions written to plan {@code id}.
     *
     * @param index the version's place in the list written, for the message
     * @throws IllegalArgumentException naming both plans
     */
    public static void requireSamePlan(PlanId id, SupportPlan version, int index) {
        if (!version.id().equals(id)) {
            throw new IllegalArgumentException("versions[" + index + "] is a version of plan " + version.id()
                    + ", not of plan " + id + ", which is the plan being written; nothing was written");
        }
    }

    /**
     * Refuses a plan holding text that is not whole Unicode characters. The domain checks all text it
     * is given except what {@link SupportPlan#restore} takes on trust (the return reasons).
     *
     * @throws InvalidValueException naming the field, such as {@code returnReasons[0]}
     */
    public static void requireStorableText(SupportPlan plan) {
        List<String> reasons = plan.returnReasons();
        for (int i = 0; i < reasons.size(); i++) {
            String reason = reasons.get(i);
            int broken = firstBrokenCharacter(reason);
            if (broken >= 0) {
                throw new InvalidValueException("returnReasons[" + i + "]", "text.well-formed", SOURCE, "return reason "
                        + (i + 1) + " of plan " + plan.id() + " version " + plan.version() + " has a broken character at position "
                        + (broken + 1) + ", which no database can keep. Nothing was saved");
            }
        }
    }

    /** The index of the first unpaired UTF-16 surrogate in {@code text}, or -1. */
    private static int firstBrokenCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
