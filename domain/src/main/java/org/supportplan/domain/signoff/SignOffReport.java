package org.supportplan.domain.signoff;

import java.util.List;

import org.supportplan.domain.budget.CostBreakdown;
import org.supportplan.domain.budget.Sufficiency;
import org.supportplan.domain.plan.AgreementCheck;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.profile.CouncilProfile;

/**
 * Everything the sign-off check found, all at once, with the cost breakdown and sufficiency it used.
 *
 * @param checked the plan content that was checked
 * @param profile the council profile it was checked under
 * @param findings every finding, sorted by path then rule; empty when the plan can be agreed
 * @param breakdown the cost breakdown under the profile's rules
 * @param sufficiency whether the support fits the budget and top-ups
 */
public record SignOffReport(PlanContent checked, CouncilProfile profile, List<Finding> findings, CostBreakdown breakdown,
                            Sufficiency sufficiency) implements AgreementCheck {

    /** Copies the findings. */
    public SignOffReport {
        findings = List.copyOf(findings);
    }

    /** How many findings stand in the way of sign-off. */
    @Override
    public int problemCount() {
        return findings.size();
    }
}
