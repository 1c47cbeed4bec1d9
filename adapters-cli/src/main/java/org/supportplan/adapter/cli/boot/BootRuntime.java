package org.supportplan.adapter.cli.boot;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supportplan.adapter.cli.BadInputException;
import org.supportplan.adapter.cli.CliRuntime;
import org.supportplan.adapter.cli.PlanFileException;
import org.supportplan.adapter.cli.RefusedException;
import org.supportplan.adapter.persistence.csv.CsvTransactions;
import org.supportplan.adapter.persistence.profile.ProfileFileException;
import org.supportplan.adapter.persistence.profile.ProfileFiles;
import org.supportplan.adapter.persistence.transfer.StoreTransfer;
import org.supportplan.adapter.persistence.transfer.TransferException;
import org.supportplan.adapter.persistence.transfer.TransferSummary;
import org.supportplan.adapter.web.TransactionReader;
import org.supportplan.adapter.web.WebApp;
import org.supportplan.adapter.web.WebSettings;
import org.supportplan.adapter.web.json.AccountJson;
import org.supportplan.adapter.web.metrics.HttpMetrics;
import org.supportplan.adapter.web.security.Authenticator;
import org.supportplan.adapter.web.security.DevTokens;
import org.supportplan.adapter.web.security.JwtAuthenticator;
import org.supportplan.adapter.web.security.JwtSettings;
import org.supportplan.adapter.web.security.PlanDirectory;
import org.supportplan.adapter.web.security.Security;
import org.supportplan.adapter.web.json.PlanDocumentException;
import org.supportplan.adapter.web.json.PlanJson;
import org.supportplan.adapter.web.json.ReviewJson;
import org.supportplan.application.audit.Actor;
import org.supportplan.application.port.in.AccountUseCase;
import org.supportplan.application.port.in.DraftPlanCommand;
import org.supportplan.application.port.in.DraftPlanUseCase;
import org.supportplan.application.port.in.FindPlanUseCase;
import org.supportplan.application.port.in.PlanLifecycleUseCase;
import org.supportplan.application.port.in.ReviewUseCase;
import org.supportplan.application.port.in.TransactionSource;
import org.supportplan.application.port.out.CouncilProfiles;
import org.supportplan.application.port.out.Store;
import org.supportplan.application.service.AccountService;
import org.supportplan.application.service.AuditTrailService;
import org.supportplan.application.service.CouncilService;
import org.supportplan.application.service.PlanLifecycleService;
import org.supportplan.application.service.PlanService;
import org.supportplan.application.service.ReviewService;
import org.supportplan.application.service.Stores;
import org.supportplan.domain.account.AuditReport;
import org.supportplan.domain.plan.EnglandCalendar;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.review.Caseload;
import org.supportplan.domain.signoff.SignOffReport;

import io.javalin.Javalin;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The composition root: the only place that chooses concrete adapters. Stores come from whichever
 * storage plug-ins are on the class path (ServiceLoader), council profiles from the shipped files and
 * an optional folder, the HTTP service from the web adapter.
 */
public final class BootRuntime implements CliRuntime {

    private final Clock clock;
    // Made when first used: each builds a Jackson mapper and a Bean Validation validator, which `--version`, `--help`
    // and most commands never need (docs/performance.md, start-up).
    private final Lazy<PlanJson> planJson = new Lazy<>(PlanJson::new);
    private final Lazy<AccountJson> accountJson = new Lazy<>(AccountJson::new);
    private final Lazy<ReviewJson> reviewJson = new Lazy<>(ReviewJson::new);

    /** Wiring with the system UTC clock. */
    public BootRuntime() {
        this(Clock.systemUTC());
    }

    /** Wiring with a given clock (tests fix it). */
    public BootRuntime(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Session open(String storeUrl, Optional<Path> profilesDirectory) {
        return wire(storeUrl, profilesDirectory);
    }

    private Wiring wire(String storeUrl, Optional<Path> profilesDirectory) {
        // Profiles first: a broken profile file is refused before any store is opened.
        CouncilProfiles profiles = profiles(profilesDirectory);
        Store store = Stores.open(storeUrl);
        return new Wiring(store, new PlanService(store.plans(), store.auditTrail(), clock),
                new PlanLifecycleService(store.plans(), store.auditTrail(), profiles, clock), new CouncilService(profiles),
                new AuditTrailService(store.auditTrail()),
                new ReviewService(store.plans(), store.reviews(), store.accounts(), store.auditTrail(), profiles, clock),
                new AccountService(store.plans(), store.accounts(), store.auditTrail(), profiles, clock));
    }

    /** The use cases over one store; closing it closes the store. */
    private record Wiring(Store store, PlanService plans, PlanLifecycleService lifecycle, CouncilService councils,
                          AuditTrailService auditTrail, ReviewService reviews, AccountService accounts) implements Session {

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
        public Map<String, String> info() {
            return store.info();
        }

        @Override
        public void close() {
            store.close();
        }

        WebApp.UseCases useCases() {
            return new WebApp.UseCases(plans, plans, lifecycle, councils, councils, reviews, accounts, UPLOADS);
        }
    }

    /** Uploaded transactions files, read with the CSV reader. */
    private static final TransactionReader UPLOADS = CsvTransactions::of;

    @Override
    public AccountUseCase fileAudits(Optional<Path> profilesDirectory) {
        // A file audit stores nothing; the use case still needs a store, so it gets one that ends with the process.
        CouncilProfiles profiles = profiles(profilesDirectory);
        Store scratch = Stores.open("memory:");
        return new AccountService(scratch.plans(), scratch.accounts(), scratch.auditTrail(), profiles, clock);
    }

    @Override
    public Transactions transactions(Path csv, java.util.function.LongConsumer bytesRead) {
        CsvTransactions.Ahead ahead = CsvTransactions.startedEarly(csv, bytesRead);
        return new Transactions() {
            @Override
            public Outcome read(Sink sink) {
                return ahead.read(sink);
            }

            @Override
            public void close() {
                ahead.close();
            }
        };
    }

    @Override
    public java.time.LocalDate today() {
        return EnglandCalendar.dateOf(clock.instant());
    }

    @Override
    public String sha256(Path file) {
        try {
            return CsvTransactions.sha256(file);
        } catch (java.io.UncheckedIOException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    @Override
    public String auditReportAsJson(AuditReport report) {
        return accountJson.get().writeUnstored(report, clock.instant());
    }

    @Override
    public String caseloadAsJson(Caseload caseload) {
        return reviewJson.get().write(caseload);
    }

    @Override
    public Councils councils(Optional<Path> profilesDirectory) {
        CouncilService service = new CouncilService(profiles(profilesDirectory));
        return new Councils(service, service);
    }

    private static CouncilProfiles profiles(Optional<Path> directory) {
        try {
            return directory.map(ProfileFiles::load).orElseGet(ProfileFiles::shipped);
        } catch (ProfileFileException e) {
            throw new BadInputException("a council profile cannot be used: " + e.getMessage());
        }
    }

    @Override
    public DraftPlanCommand readPlanFile(InputStream in) {
        try {
            return planJson.get().readDraft(in);
        } catch (PlanDocumentException e) {
            throw new PlanFileException(e.getMessage(), e.violations());
        }
    }

    @Override
    public PlanDocument readPlanDocument(InputStream in) {
        try {
            PlanJson.Document document = planJson.get().readDocument(in);
            return new PlanDocument(document.council(), document.content());
        } catch (PlanDocumentException e) {
            throw new PlanFileException(e.getMessage(), e.violations());
        }
    }

    @Override
    public String planAsJson(SupportPlan plan) {
        return planJson.get().write(plan);
    }

    @Override
    public String reportAsJson(SignOffReport report) {
        return planJson.get().writeReport(report);
    }

    @Override
    public String budgetAsJson(SignOffReport report) {
        return planJson.get().writeBudget(report);
    }

    @Override
    public String councilAsJson(CouncilProfile profile) {
        return planJson.get().writeCouncil(profile);
    }

    @Override
    public String councilsAsJson(List<CouncilProfile> profiles) {
        return planJson.get().writeCouncils(profiles);
    }

    @Override
    public Transfer export(String storeUrl, OutputStream out) {
        try (Store store = Stores.open(storeUrl)) {
            return transfer(StoreTransfer.export(store, out));
        } catch (IllegalStateException e) {
            throw new RefusedException(e.getMessage());
        }
    }

    @Override
    public Transfer importInto(String storeUrl, InputStream in, Actor importer) {
        try (Store store = Stores.open(storeUrl)) {
            return transfer(StoreTransfer.importInto(store, in, importer, clock));
        } catch (TransferException e) {
            throw new BadInputException(e.getMessage());
        } catch (IllegalStateException e) {
            throw new RefusedException(e.getMessage());
        }
    }

    private static Transfer transfer(TransferSummary summary) {
        return new Transfer(summary.plans(), summary.planVersions(), summary.reviews(), summary.reviewRequests(),
                summary.agreedIntervals(), summary.accounts(), summary.transactionImports(), summary.transactions(),
                summary.auditReports(), summary.auditEntries(), summary.trail());
    }

    /** Who may use the service: the identity provider's JWTs, dev tokens, or both (dev tokens looked up first). */
    private Security security(ServeSettings settings, Store store) {
        Authenticator jwt = null;
        Authenticator dev = null;
        try {
            if (settings.jwt().isPresent()) {
                JwtIssuer issuer = settings.jwt().get();
                URI keys = issuer.jwks().startsWith("https:") || issuer.jwks().startsWith("http:") ? URI.create(issuer.jwks())
                        : Path.of(issuer.jwks()).toAbsolutePath().toUri();
                jwt = JwtAuthenticator.of(new JwtSettings(issuer.issuer(), issuer.audience(), keys, JwtSettings.DEFAULT_CLOCK_SKEW), clock);
            }
            if (settings.devTokens().isPresent()) {
                dev = DevTokens.load(settings.devTokens().get());
                log().warn("development tokens from {} are accepted: they never expire; never use them with real people's data",
                        settings.devTokens().get());
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException("the service's authentication cannot be set up: " + e.getMessage());
        }
        if (jwt == null && dev == null) {
            throw new BadInputException("the service needs --jwt-issuer, --jwt-audience and --jwt-jwks, or --dev-tokens FILE");
        }
        Authenticator authenticator = jwt != null && dev != null ? Authenticator.either(dev, jwt) : jwt != null ? jwt : dev;
        return Security.of(authenticator, PlanDirectory.over(store.plans(), store.accounts()));
    }

    /** The web adapter's limits, key retention and stop timeout, as configured. */
    static WebSettings webSettings(ServeSettings settings) {
        return WebSettings.defaults()
                .withMaxJsonBytes(settings.maxBodyBytes())
                .withMaxUploadBytes(settings.maxUploadBytes())
                .withIdempotency(settings.idempotencyRetention(), settings.idempotencyMaxKeys())
                .withStopTimeout(settings.shutdownTimeout());
    }

    @Override
    public RunningService serve(ServeSettings settings) {
        Wiring session = wire(settings.storeUrl(), settings.profiles());
        HttpMetrics metrics = HttpMetrics.create();
        Javalin app;
        try {
            if (session.store() instanceof MeterBinder pool) {
                metrics.bind(pool); // a store with a connection pool publishes its usage
            }
            app = WebApp.create(session.useCases(), security(settings, session.store()), webSettings(settings),
                    () -> session.store().info(), metrics);
            app.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            metrics.close();
            session.close();
            throw e;
        }
        log().info("HTTP service started on {}:{} with store {}", settings.host(), app.port(), session.storeDescription());
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
                try {
                    app.stop(); // graceful: running requests finish within the stop timeout, new ones are refused
                } catch (RuntimeException cutOff) {
                    // Jetty has stopped anyway; a request that outlived the timeout was cut off (and rolled back).
                    log().warn("HTTP service stopped with requests still running after the stop timeout: {}", cutOff.toString());
                }
                session.close();
                metrics.close();
                log().info("HTTP service stopped; store closed");
            }
        };
    }
    /** The logger, made when first used: logging is configured then, so commands that log nothing start sooner. */
    private static Logger log() {
        return LogHolder.LOG;
    }

    private static final class LogHolder {
        private static final Logger LOG = LoggerFactory.getLogger(BootRuntime.class);
    }

    /** A value made once, on first use, by any thread. */
    private static final class Lazy<T> implements java.util.function.Supplier<T> {

        private final java.util.function.Supplier<T> make;
        private volatile T value;

        Lazy(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        @Override
        public T get() {
            T made = value;
            if (made == null) {
                synchronized (this) {
                    made = value;
                    if (made == null) {
                        made = make.get();
                        value = made;
                    }
                }
            }
            return made;
        }
    }
}
