package org.supportplan.domain.planted;

import io.javalin.http.Context;

/** Violation: the domain knows about HTTP. */
public final class DomainUsingJavalin {

    public String personFrom(Context ctx) {
        return ctx.pathParam("person");
    }
}
