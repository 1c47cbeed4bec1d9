package org.supportplan.adapter.web.mapping;

import java.util.List;

import org.supportplan.adapter.web.dto.SignOffDto;
import org.supportplan.domain.plan.SupportPlan;

/**
 * The server-set facts of a plan version in wire form: everything in a {@code PlanResponse} except
 * the content. {@link SupportPlan} is neither a bean nor a record, so these are read by hand.
 *
 * @param id the plan id
 * @param version the version number
 * @param personId the person reference
 * @param councilId the council id
 * @param status the status name
 * @param createdAt when the version was started
 * @param returnReasons the council's reasons, when returned
 * @param signOff the sign-off, or null
 * @param supportStart when support started, or null
 * @param endedOn when support ended, or null
 */
public record PlanFacts(String id, int version, String personId, String councilId, String status, String createdAt,
                        List<String> returnReasons, SignOffDto signOff, String supportStart, String endedOn) {

    /** The facts of {@code plan}. */
    public static PlanFacts of(SupportPlan plan) {
        return new PlanFacts(plan.id().toString(), plan.version(), plan.person().value(), plan.council().value(),
                plan.status().name(), WireValues.instant(plan.createdAt()), plan.returnReasons(),
                plan.signOff().map(s -> new SignOffDto(s.signedOffBy(), WireValues.instant(s.at()),
                        WireValues.money(s.finalBudgetAnnual()))).orElse(null),
                plan.supportStart().map(WireValues::date).orElse(null),
                plan.endedOn().map(WireValues::date).orElse(null));
    }
}
