package org.supportplan.domain.plan;

import java.time.Instant;
import java.util.List;

import org.supportplan.domain.validation.Check;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * The support plan aggregate: what is important to the person and the costed support that meets
 * their needs, for one person under one council's profile. A plan starts as a {@link PlanStatus#DRAFT}.
 */
public final class SupportPlan {

    /** The most support items one plan may hold. */
    public static final int MAX_ITEMS = 500;

    private final PlanId id;
    private final PersonId person;
    private final CouncilId council;
    private final Narrative whatIsImportant;
    private final List<SupportItem> supportItems;
    private final PlanStatus status;
    private final Instant createdAt;

    private SupportPlan(PlanId id, PersonId person, CouncilId council, Narrative whatIsImportant,
                        List<SupportItem> supportItems, PlanStatus status, Instant createdAt) {
        this.id = Check.present(id, "id");
        this.person = Check.present(person, "personId");
        this.council = Check.present(council, "councilId");
        this.whatIsImportant = Check.present(whatIsImportant, "whatIsImportant");
        Check.present(supportItems, "supportItems");
        if (supportItems.size() > MAX_ITEMS) {
            throw InvalidValueException.of("supportItems", "plan.max-items",
                    "a plan may hold at most " + MAX_ITEMS + " support items");
        }
        for (int i = 0; i < supportItems.size(); i++) {
            Check.present(supportItems.get(i), "supportItems[" + i + "]");
        }
        this.supportItems = List.copyOf(supportItems);
        this.status = Check.present(status, "status");
        this.createdAt = Check.present(createdAt, "createdAt");
    }

    /** Starts a new draft plan. */
    public static SupportPlan draft(PlanId id, PersonId person, CouncilId council, Narrative whatIsImportant,
                                    List<SupportItem> supportItems, Instant createdAt) {
        return new SupportPlan(id, person, council, whatIsImportant, supportItems, PlanStatus.DRAFT, createdAt);
    }

    /** Rebuilds a plan exactly as it was stored; for storage adapters only, no lifecycle rule is applied. */
    public static SupportPlan restore(PlanId id, PersonId person, CouncilId council, Narrative whatIsImportant,
                                      List<SupportItem> supportItems, PlanStatus status, Instant createdAt) {
        return new SupportPlan(id, person, council, whatIsImportant, supportItems, status, createdAt);
    }

    /** The plan's identity, shared by all its versions. */
    public PlanId id() {
        return id;
    }

    /** Who the plan is for. */
    public PersonId person() {
        return person;
    }

    /** The council whose profile governs the plan. */
    public CouncilId council() {
        return council;
    }

    /** Question 1 of the plan: what is important to the person. */
    public Narrative whatIsImportant() {
        return whatIsImportant;
    }

    /** The costed support, in the order the person wrote it. */
    public List<SupportItem> supportItems() {
        return supportItems;
    }

    /** Where the plan is in its lifecycle. */
    public PlanStatus status() {
        return status;
    }

    /** When the plan was first drafted (UTC instant from the injected clock). */
    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SupportPlan other
                && id.equals(other.id) && person.equals(other.person) && council.equals(other.council)
                && whatIsImportant.equals(other.whatIsImportant) && supportItems.equals(other.supportItems)
                && status == other.status && createdAt.equals(other.createdAt);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        // Deliberately no narrative: plans hold personal data and toString ends up in logs.
        return "SupportPlan[" + id + ", " + status + ", " + supportItems.size() + " items]";
    }
}
