package org.supportplan.adapter.cli.boot;

import java.io.InputStream;
import java.time.Clock;

import org.supportplan.adapter.cli.CliRuntime;
import org.supportplan.adapter.cli.PlanFileException;
import org.supportplan.adapter.web.WebApp;
import org.supportplan.adapter.web.json.PlanDocumentException;
import org.supportplan.adapter.web.json.PlanJson;
import org.supportplan.application.port.in.DraftPlanCommand;
import org.supportplan.application.port.in.DraftPlanUseCase;
import org.supportplan.application.port.in.FindPlanUseCase;
import org.supportplan.application.port.out.Store;
import org.supportplan.application.service.PlanService;
import org.supportplan.application.service.Stores;
import org.supportplan.domain.plan.SupportPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.Javalin;

/**
 * The composition root: the only place that chooses concrete adapters. Stores come from whichever
 * storage plug-ins are on the class path (ServiceLoader), the HTTP service from the web adapter.
 */
public final class BootRuntime implements CliRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(BootRuntime.class);

    private final Clock clock;
    private final PlanJson planJson = new PlanJson();

    /** Wiring with the system UTC clock. */
    public BootRuntime() {
        this(Clock.systemUTC());
    }

    /** Wiring with a given clock (tests fix it). */
    public BootRuntime(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Session open(String storeUrl) {
        Store store = Stores.open(storeUrl);
        PlanService plans = new PlanService(store.plans(), clock);
        return new Session() {
            @Override
            public DraftPlanUseCase drafts() {
                return plans;
            }

            @Override
            public FindPlanUseCase finder() {
                return plans;
            }

            @Override
            public String storeDescription() {
                return store.description();
            }

            @Override
            public void close() {
                store.close();
            }
        };
    }

    @Override
    public DraftPlanCommand readPlanFile(InputStream in) {
        try {
            return planJson.readDraft(in);
        } catch (PlanDocumentException e) {
            throw new PlanFileException(e.getMessage(), e.violations());
        }
    }

    @Override
    public String planAsJson(SupportPlan plan) {
        return planJson.write(plan);
    }

    @Override
    public RunningService serve(ServeSettings settings) {
        Session session = open(settings.storeUrl());
        Javalin app;
        try {
            app = WebApp.create(session.drafts(), session.finder());
            app.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        LOG.info("HTTP service started on {}:{} with store {}", settings.host(), app.port(), session.storeDescription());
        return new RunningService() {
            private boolean closed;

            @Override
            public int port() {
                return app.port();
            }

            @Override
            public String storeDescription() {
                return session.storeDescription();
            }

            @Override
            public synchronized void close() {
                if (closed) {
                    return;
                }
                closed = true;
                app.stop();
                session.close();
                LOG.info("HTTP service stopped; store closed");
            }
        };
    }
}
