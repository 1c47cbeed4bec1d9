package org.supportplan.benchmarks;

import java.nio.file.Path;
import java.time.Clock;

import org.supportplan.adapter.persistence.csv.CsvTransactions;
import org.supportplan.adapter.persistence.profile.ProfileFiles;
import org.supportplan.adapter.web.WebApp;
import org.supportplan.adapter.web.security.DevTokens;
import org.supportplan.adapter.web.security.PlanDirectory;
import org.supportplan.adapter.web.security.Security;
import org.supportplan.application.port.out.CouncilProfiles;
import org.supportplan.application.port.out.Store;
import org.supportplan.application.service.AccountService;
import org.supportplan.application.service.CouncilService;
import org.supportplan.application.service.PlanLifecycleService;
import org.supportplan.application.service.PlanService;
import org.supportplan.application.service.ReviewService;

import io.javalin.Javalin;

/**
 * The HTTP service as {@code supportplan serve} wires it (the boot package's composition, which the benchmarks may
 * not reach into), over a given store with the development tokens. The only class here that calls
 * {@link WebApp#create}: when its signature changes, this is the one place to follow it.
 */
final class BenchServer {

    private BenchServer() {
    }

    /** The started service on {@code 127.0.0.1}, any free port, over {@code store}; stop it with {@code stop()}. */
    static Javalin start(Store store, Path devTokens) {
        Clock clock = Clock.systemUTC();
        CouncilProfiles profiles = ProfileFiles.shipped();
        PlanService plans = new PlanService(store.plans(), store.auditTrail(), clock);
        CouncilService councils = new CouncilService(profiles);
        WebApp.UseCases useCases = new WebApp.UseCases(plans, plans,
                new PlanLifecycleService(store.plans(), store.auditTrail(), profiles, clock), councils, councils,
                new ReviewService(store.plans(), store.reviews(), store.accounts(), store.auditTrail(), profiles, clock),
                new AccountService(store.plans(), store.accounts(), store.auditTrail(), profiles, clock), CsvTransactions::of);
        Security security = Security.of(DevTokens.load(devTokens), PlanDirectory.over(store.plans(), store.accounts()));
        // As serve builds it: default limits, metrics recorded for every request.
        Javalin app = WebApp.create(useCases, security, org.supportplan.adapter.web.WebSettings.defaults(), () -> store.info());
        return app.start("127.0.0.1", 0);
    }
}
