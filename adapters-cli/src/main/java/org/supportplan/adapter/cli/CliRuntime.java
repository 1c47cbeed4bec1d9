package org.supportplan.adapter.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.supportplan.application.audit.Actor;
import org.supportplan.application.audit.AuditChain;
import org.supportplan.application.port.in.AccountUseCase;
import org.supportplan.application.port.in.AuditTrailUseCase;
import org.supportplan.application.port.in.CheckPlanUseCase;
import org.supportplan.application.port.in.CouncilUseCase;
import org.supportplan.application.port.in.DraftPlanCommand;
import org.supportplan.application.port.in.DraftPlanUseCase;
import org.supportplan.application.port.in.FindPlanUseCase;
import org.supportplan.application.port.in.PlanLifecycleUseCase;
import org.supportplan.application.port.in.ReviewUseCase;
import org.supportplan.application.port.in.TransactionSource;
import org.supportplan.domain.account.AuditReport;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.review.Caseload;
import org.supportplan.domain.signoff.SignOffReport;

/**
 * What the commands need from the rest of the system. The boot package implements it with the
 * real adapters; the commands themselves never name a concrete adapter.
 */
public interface CliRuntime {

    /**
     * Opens the store at {@code storeUrl} and the use cases over it, with the council profiles shipped
     * plus those in {@code profiles}.
     *
     * @throws BadInputException when a profile file cannot be read
     */
    Session open(String storeUrl, Optional<Path> profiles);

    /**
     * The council profiles shipped plus those in {@code profiles}, and checks under them; opens no store.
     *
     * @throws BadInputException when a profile file cannot be read
     */
    Councils councils(Optional<Path> profiles);

    /**
     * Account audits that need no store: a transactions file audited against a plan file, under the profiles
     * shipped plus those in {@code profiles}.
     */
    AccountUseCase fileAudits(Optional<Path> profiles);

    /**
     * The transactions of a CSV file (docs/transactions-csv.md), read a row at a time, each read reporting progress.
     * Parsing starts at once on a thread of its own, so the file is being read while the command gets ready for it
     * (ADR 26); close the source when done.
     */
    Transactions transactions(Path csv, java.util.function.LongConsumer bytesRead);

    /** A transactions file whose first read may already have started; closing it stops a read nobody took. */
    interface Transactions extends TransactionSource, AutoCloseable {

        @Override
        void close();
    }

    /** Today in England, by the runtime's clock (the default date of what happened today). */
    java.time.LocalDate today();

    /** The SHA-256 of a file's bytes, so the same file is never imported twice. */
    String sha256(Path file);

    /** Writes an account audit report as JSON (the same shape as {@code GET /audits/{id}}). */
    String auditReportAsJson(AuditReport report);

    /** Writes a caseload of due and overdue reviews as JSON (the same shape as the HTTP API's). */
    String caseloadAsJson(Caseload caseload);

    /** Reads a plan file that starts a new plan (the same JSON as {@code POST /plans}). */
    DraftPlanCommand readPlanFile(InputStream in);

    /** Reads a plan file to check or cost it: person and council may be omitted. */
    PlanDocument readPlanDocument(InputStream in);

    /** Writes a plan as JSON (the same shape as {@code GET /plans/{id}}). */
    String planAsJson(SupportPlan plan);

    /** Writes a check report as JSON (the same shape as {@code POST /checks}). */
    String reportAsJson(SignOffReport report);

    /** Writes only the budget part of a check report as JSON. */
    String budgetAsJson(SignOffReport report);

    /** Writes a council profile as JSON (the same shape as {@code GET /councils/{id}}). */
    String councilAsJson(CouncilProfile profile);

    /** Writes council summaries as JSON (the same shape as {@code GET /councils}). */
    String councilsAsJson(List<CouncilProfile> profiles);

    /** Starts the HTTP service; the returned handle stops it. */
    RunningService serve(ServeSettings settings);

    /**
     * Writes the whole store at {@code storeUrl} (every plan, version and revision; reviews, review requests and agreed
     * intervals; direct-payment accounts with their imports, transactions and audit reports; and the audit trail
     * exactly as stored) to {@code out} as JSON lines.
     */
    Transfer export(String storeUrl, OutputStream out);

    /**
     * Reads an export into the store at {@code storeUrl}, which must be empty; the import itself is recorded in
     * the audit trail under {@code importer}.
     *
     * @throws BadInputException when the file is not an export (naming its line)
     */
    Transfer importInto(String storeUrl, InputStream in, Actor importer);

    /**
     * What an export or import moved, and whether the audit trail it carried is intact.
     *
     * @param plans plans
     * @param planVersions plan versions
     * @param reviews reviews
     * @param reviewRequests review requests
     * @param agreedIntervals agreed review intervals
     * @param accounts direct-payment accounts
     * @param transactionImports imported transaction files
     * @param transactions transactions
     * @param auditReports audit reports
     * @param auditEntries audit trail entries
     * @param trail the hash chain's verification
     */
    record Transfer(long plans, long planVersions, long reviews, long reviewRequests, long agreedIntervals, long accounts,
                    long transactionImports, long transactions, long auditReports, long auditEntries,
                    AuditChain.Verification trail) {
    }

    /**
     * A plan file read for checking.
     *
     * @param council the council the file names, if any
     * @param content what the plan says
     */
    record PlanDocument(Optional<CouncilId> council, PlanContent content) {
    }

    /**
     * The installed council profiles and the checks that run under them.
     *
     * @param profiles lists and shows profiles
     * @param checks checks plan content under a profile
     */
    record Councils(CouncilUseCase profiles, CheckPlanUseCase checks) {
    }

    /** Use cases over one opened store; closing releases the store. */
    interface Session extends AutoCloseable {

        /** Drafting plans. */
        DraftPlanUseCase drafts();

        /** Reading plans. */
        FindPlanUseCase finder();

        /** Moving plans through their lifecycle. */
        PlanLifecycleUseCase lifecycle();

        /** Verifying the audit trail. */
        AuditTrailUseCase auditTrail();

        /** Reviews, schedules and caseloads. */
        ReviewUseCase reviews();

        /** Direct-payment accounts, imports and audits. */
        AccountUseCase accounts();

        /** What the store holds and its schema version, for {@code db info}. */
        Map<String, String> info();

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
     * Where and on what the service runs, who may use it, and how it guards itself (README "Configuration").
     *
     * @param host the interface to bind
     * @param port the TCP port (0 picks a free one)
     * @param storeUrl the store URL
     * @param profiles a folder of extra council profiles, if any
     * @param devTokens a development tokens file (docs/security.md), if any
     * @param jwt the council identity provider's tokens, if configured
     * @param maxBodyBytes the largest request body of every route but the transactions upload, in bytes
     * @param maxUploadBytes the largest transactions file uploaded, in bytes
     * @param idempotencyRetention how long an answered {@code Idempotency-Key} is replayed
     * @param idempotencyMaxKeys the most {@code Idempotency-Key}s remembered at once
     * @param shutdownTimeout on SIGTERM or Ctrl-C, how long requests already running get to finish
     */
    record ServeSettings(String host, int port, String storeUrl, Optional<Path> profiles, Optional<Path> devTokens,
                         Optional<JwtIssuer> jwt, long maxBodyBytes, long maxUploadBytes, Duration idempotencyRetention,
                         int idempotencyMaxKeys, Duration shutdownTimeout) {

        /** 1 MiB, as the web adapter's default JSON body limit. */
        public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
        /** 16 MiB, as the web adapter's default upload limit. */
        public static final long DEFAULT_MAX_UPLOAD_BYTES = 16 * 1024 * 1024;
        /** The largest body limit the web adapter accepts: 2^31-2 bytes. */
        public static final long MAX_BYTES_LIMIT = Integer.MAX_VALUE - 1;
        /** 24 hours, as the web adapter's default key retention. */
        public static final Duration DEFAULT_IDEMPOTENCY_RETENTION = Duration.ofHours(24);
        /** 10,000 keys, as the web adapter's default. */
        public static final int DEFAULT_IDEMPOTENCY_MAX_KEYS = 10_000;
        /** 30 seconds: a container platform's usual grace period between SIGTERM and SIGKILL. */
        public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

        /** Checks every setting (the command line has already said which flag is wrong). */
        public ServeSettings {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(storeUrl, "storeUrl");
            Objects.requireNonNull(profiles, "profiles");
            Objects.requireNonNull(devTokens, "devTokens");
            Objects.requireNonNull(jwt, "jwt");
            Objects.requireNonNull(idempotencyRetention, "idempotencyRetention");
            Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535");
            }
            if (maxBodyBytes < 1 || maxBodyBytes > MAX_BYTES_LIMIT || maxUploadBytes < 1 || maxUploadBytes > MAX_BYTES_LIMIT) {
                throw new IllegalArgumentException("body and upload limits must be 1 to " + MAX_BYTES_LIMIT + " bytes");
            }
            if (idempotencyRetention.isNegative() || idempotencyRetention.isZero() || idempotencyMaxKeys < 1) {
                throw new IllegalArgumentException("idempotency retention and key cap must be positive");
            }
            if (shutdownTimeout.isNegative()) {
                throw new IllegalArgumentException("shutdownTimeout must not be negative");
            }
        }

        /** The first six settings, with the defaults for the rest. */
        public ServeSettings(String host, int port, String storeUrl, Optional<Path> profiles, Optional<Path> devTokens,
                             Optional<JwtIssuer> jwt) {
            this(host, port, storeUrl, profiles, devTokens, jwt, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_UPLOAD_BYTES,
                    DEFAULT_IDEMPOTENCY_RETENTION, DEFAULT_IDEMPOTENCY_MAX_KEYS, DEFAULT_SHUTDOWN_TIMEOUT);
        }

        /** Development settings: the store and a dev tokens file. */
        public static ServeSettings withDevTokens(String host, int port, String storeUrl, Path devTokens) {
            return new ServeSettings(host, port, storeUrl, Optional.empty(), Optional.of(devTokens), Optional.empty());
        }
    }

    /**
     * The identity provider whose signed JWTs the service accepts.
     *
     * @param issuer the exact {@code iss}
     * @param audience the {@code aud} naming this service
     * @param jwks the provider's key set: an https URL, or a file
     */
    record JwtIssuer(String issuer, String audience, String jwks) {
    }
}
