package org.supportplan.adapter.cli.boot.planted;

import java.util.List;

import io.javalin.Javalin;

import org.supportplan.adapter.persistence.planted.JdbcPlanStore;
import org.supportplan.adapter.web.planted.CompliantWebRoutes;

/** Compliant: the composition root may name concrete classes of every adapter and start the server. */
public final class PlantedCompositionRoot {

    public List<Object> wire() {
        Javalin server = new CompliantWebRoutes().routes(null);
        return List.of(new JdbcPlanStore(null), server);
    }
}
