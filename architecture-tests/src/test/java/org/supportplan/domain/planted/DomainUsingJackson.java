package org.supportplan.domain.planted;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Violation: the domain serialises itself to JSON. */
public final class DomainUsingJackson {

    private final ObjectMapper mapper = new ObjectMapper();

    public ObjectMapper mapper() {
        return mapper;
    }
}
