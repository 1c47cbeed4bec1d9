package org.supportplan.application.planted;

import org.supportplan.domain.planted.DomainDependingOnApplication;

/** Violation: the other half of the domain/application cycle. */
public final class ApplicationDependingOnDomain {

    public DomainDependingOnApplication partner() {
        return new DomainDependingOnApplication();
    }
}
