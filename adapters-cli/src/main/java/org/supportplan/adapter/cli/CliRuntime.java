package org.supportplan.adapter.cli;

import java.io.InputStream;

import org.supportplan.application.port.in.DraftPlanCommand;
import org.supportplan.application.port.in.DraftPlanUseCase;
import org.supportplan.application.port.in.FindPlanUseCase;
import org.supportplan.domain.plan.SupportPlan;

/**
 * What the commands need from the rest of the system. The boot package implements it with the
 * real adapters; the commands themselves never name a concrete adapter.
 */
public interface CliRuntime {

    /** Opens the store at {@code storeUrl} and the use cases over it. */
    Session open(String storeUrl);

    /** Reads a plan file (the same JSON as {@code POST /plans}); throws {@link PlanFileException} when it cannot. */
    DraftPlanCommand readPlanFile(InputStream in);

    /** Writes a plan as JSON (the same shape as {@code GET /plans/{id}}). */
    String planAsJson(SupportPlan plan);

    /** Starts the HTTP service; the returned handle stops it. */
    RunningService serve(ServeSettings settings);

    /** Use cases over one opened store; closing releases the store. */
    interface Session extends AutoCloseable {

        /** Drafting plans. */
        DraftPlanUseCase drafts();

        /** Reading plans. */
        FindPlanUseCase finder();

        /** A description of the store, without credentials. */
        String storeDescription();

        @Override
        void close();
    }

    /** A started HTTP service. */
    interface RunningService extends AutoCloseable {

        /** The port actually bound (useful with port 0). */
        int port();

        /** A description of the store, without credentials. */
        String storeDescription();

        /** Stops accepting requests, lets in-flight ones finish and closes the store. */
        @Override
        void close();
    }

    /**
     * Where and on what the service runs.
     *
     * @param host the interface to bind
     * @param port the TCP port (0 picks a free one)
     * @param storeUrl the store URL
     */
    record ServeSettings(String host, int port, String storeUrl) {
    }
}
