package org.supportplan.domain.planted;

import jakarta.validation.constraints.NotNull;

/** Violation: a framework annotation on a domain field. */
public final class DomainWithValidationAnnotation {

    @NotNull
    private String reference;

    public String reference() {
        return reference;
    }
}
