package org.supportplan.adapter.web.security;

import java.util.Objects;
import java.util.Optional;

import org.supportplan.application.port.out.AccountRepository;
import org.supportplan.application.port.out.AccountRepository.ReportId;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.domain.account.AccountId;
import org.supportplan.domain.plan.PlanId;

/**
 * Whose a plan, account or audit report is, for access decisions only. A lookup here is not a read of the plan
 * for the caller (nothing of it is answered), so it is not recorded in the audit trail; the use case that then
 * serves the request records its own read under the caller.
 */
public interface PlanDirectory {

    /** The owner of the plan, or empty when there is no such plan. */
    Optional<PlanOwner> ownerOfPlan(PlanId plan);

    /** The owner of the account's plan, or empty when there is no such account (or plan). */
    Optional<PlanOwner> ownerOfAccount(AccountId account);

    /** The owner of the plan the report audited, or empty when there is no such report (or plan). */
    Optional<PlanOwner> ownerOfReport(ReportId report);

    /** The directory over the store's plans and accounts (the composition root passes its store's repositories). */
    static PlanDirectory over(PlanRepository plans, AccountRepository accounts) {
        Objects.requireNonNull(plans, "plans");
        Objects.requireNonNull(accounts, "accounts");
        return new PlanDirectory() {
            @Override
            public Optional<PlanOwner> ownerOfPlan(PlanId plan) {
                return plans.ownership(plan).map(owner -> new PlanOwner(owner.person(), owner.council()));
            }

            @Override
            public Optional<PlanOwner> ownerOfAccount(AccountId account) {
                return accounts.find(account).flatMap(found -> ownerOfPlan(found.plan()));
            }

            @Override
            public Optional<PlanOwner> ownerOfReport(ReportId report) {
                return accounts.report(report).flatMap(found -> ownerOfPlan(found.report().plan()));
            }
        };
    }
}
