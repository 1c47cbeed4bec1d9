package org.supportplan.domain.account;

import java.time.LocalDate;
import java.util.Optional;

import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.validation.Check;

/**
 * The account a direct payment is paid into, the plan it pays for, how closely it is monitored, and the
 * day of the first payment when known (payment cycles are counted from it).
 *
 * @param id the council's reference for the account
 * @param plan the support plan the payments are for
 * @param monitoring the assessment that set the monitoring level
 * @param firstPayment the day of the first payment, or null when not known
 */
public record DirectPaymentAccount(AccountId id, PlanId plan, MonitoringAssessment monitoring, LocalDate firstPayment) {

    /** Validates. */
    public DirectPaymentAccount {
        Check.present(id, "id");
        Check.present(plan, "plan");
        Check.present(monitoring, "monitoring");
    }

    /** The day of the first payment, if known. */
    public Optional<LocalDate> firstPaymentDate() {
        return Optional.ofNullable(firstPayment);
    }

    /** The audit period starting on {@code from} under this account's monitoring level. */
    public AuditPeriod auditPeriodFrom(LocalDate from) {
        return monitoring.level().periodFrom(from);
    }
}
