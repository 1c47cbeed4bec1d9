package org.supportplan.adapter.web.planted;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;

import org.mapstruct.factory.Mappers;
import org.supportplan.application.port.in.FindPlanUseCase;

/** Compliant twin: Javalin, Jackson and MapStruct inside the web adapter, talking to an in-port. */
public final class CompliantWebRoutes {

    private final ObjectMapper json = new ObjectMapper();

    public Javalin routes(FindPlanUseCase plans) {
        return Javalin.create();
    }

    public ObjectMapper json() {
        return json;
    }

    public <T> T mapper(Class<T> type) {
        return Mappers.getMapper(type);
    }
}
