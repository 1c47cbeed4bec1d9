package org.supportplan.application.planted;

import java.time.Clock;
import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.domain.plan.PlanId;

/** Compliant twin: domain, out-port, JDK and Bean Validation only; time from an injected clock. */
public final class CompliantUseCase {

    private final PlanRepository plans;
    private final Clock clock;

    public CompliantUseCase(PlanRepository plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    public boolean exists(@NotNull PlanId id) {
        return plans.findById(id).isPresent();
    }

    public Instant now() {
        return Instant.now(clock);
    }
}
