package org.supportplan.domain.planted;

import org.supportplan.application.planted.ApplicationDependingOnDomain;

/** Violation: half of a cycle between the domain and application modules. */
public final class DomainDependingOnApplication {

    public ApplicationDependingOnDomain partner() {
        return new ApplicationDependingOnDomain();
    }
}
