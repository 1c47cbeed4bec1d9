package org.supportplan.domain.testdata;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.plan.SupportUnit;

/** Ready-made plans and items for tests in every module. The people in them are fictional. */
public final class PlanFixtures {

    /** A fixed instant so stored and reloaded plans compare equal. */
    public static final Instant CREATED_AT = Instant.parse("2026-03-02T09:30:00Z");

    private PlanFixtures() {
    }

    /** A personal assistant for 10.5 hours a week at 18.40 an hour. */
    public static SupportItem personalAssistant() {
        return new SupportItem("Personal assistant for morning routine", "Personal assistant employed by the person",
                Quantity.parse("10.5"), SupportUnit.HOURS_PER_WEEK, Money.parse("18.40"));
    }

    /** A day centre, two sessions a week at 42.00 a session. */
    public static SupportItem dayCentre() {
        return new SupportItem("Day centre sessions", "Riverside Day Centre",
                Quantity.of(2), SupportUnit.SESSIONS_PER_WEEK, Money.parse("42.00"));
    }

    /** A draft Derbyshire plan with two items. */
    public static SupportPlan aDraftPlan() {
        return aDraftPlan(new PlanId(UUID.fromString("7b0e1f52-3c1a-4d8e-9f00-1a2b3c4d5e6f")));
    }

    /** A draft Derbyshire plan with two items and the given id. */
    public static SupportPlan aDraftPlan(PlanId id) {
        return SupportPlan.draft(id, PersonId.of("P-100234"), CouncilId.of("derbyshire"),
                Narrative.of("Seeing my grandchildren every week and keeping my allotment."),
                List.of(personalAssistant(), dayCentre()), CREATED_AT);
    }
}
