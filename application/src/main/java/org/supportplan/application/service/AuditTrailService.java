package org.supportplan.application.service;

import java.util.Objects;

import org.supportplan.application.audit.AuditChain;
import org.supportplan.application.port.in.AuditTrailUseCase;
import org.supportplan.application.port.out.AuditTrail;

/** Verifies the audit trail's hash chain. */
public final class AuditTrailService implements AuditTrailUseCase {

    private final AuditTrail trail;

    /** A service over {@code trail}. */
    public AuditTrailService(AuditTrail trail) {
        this.trail = Objects.requireNonNull(trail, "trail");
    }

    @Override
    public AuditChain.Verification verify() {
        return AuditChain.verify(trail);
    }
}
