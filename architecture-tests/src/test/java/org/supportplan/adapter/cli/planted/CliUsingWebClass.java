package org.supportplan.adapter.cli.planted;

import org.supportplan.adapter.web.planted.CompliantWebRoutes;

/** Violation: a CLI class outside the composition root instantiates a web adapter class. */
public final class CliUsingWebClass {

    public CompliantWebRoutes routes() {
        return new CompliantWebRoutes();
    }
}
