package org.supportplan.domain.planted;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.supportplan.domain.plan.PlanId;

/** Compliant twin: JDK and domain types only, time taken from an injected clock. */
@DomainMarker
public final class CompliantDomainValue {

    private final PlanId id;

    public CompliantDomainValue(PlanId id) {
        this.id = id;
    }

    public PlanId id() {
        return id;
    }

    public Instant stampedAt(Clock clock) {
        return Instant.now(clock);
    }

    public LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }

    public Instant fromInjectedClock(Clock clock) {
        return clock.instant();
    }
}
