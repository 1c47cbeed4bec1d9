package org.supportplan.adapter.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.javalin.http.Context;
import io.javalin.http.Header;

import org.supportplan.adapter.web.dto.ProblemDetail;
import org.supportplan.adapter.web.json.AccountJson;
import org.supportplan.adapter.web.limits.RequestLimits;
import org.supportplan.application.port.in.AccountUseCase;
import org.supportplan.application.port.in.AccountUseCase.AccountOutcome;
import org.supportplan.application.port.in.AccountUseCase.AuditOutcome;
import org.supportplan.application.port.in.AccountUseCase.ImportOutcome;
import org.supportplan.application.port.in.AccountUseCase.OpenAccountCommand;
import org.supportplan.application.port.out.AccountRepository.ReportId;
import org.supportplan.application.port.out.AccountRepository.StoredReport;
import org.supportplan.domain.account.AccountId;
import org.supportplan.domain.account.AuditPeriod;
import org.supportplan.domain.account.DirectPaymentAccount;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * The direct-payment account routes of {@link WebApp}: open an account for a plan, read it, set its monitoring
 * level, upload its transactions as a CSV file, audit it and read the reports. Account ids are the council's
 * references (never bank details), so they may appear in addresses; every body is {@code Cache-Control: no-store}.
 */
final class AccountRoutes {

    /** The upload's route: its body is a CSV file, with a limit of its own ({@code WebSettings.maxUploadBytes}). */
    static final String UPLOAD = "/accounts/{id}/transactions";

    private static final String CSV = "text/csv";

    private final WebApp web;
    private final WebApp.UseCases useCases;
    private final AccountJson json = new AccountJson();
    private final RequestLimits limits;

    AccountRoutes(WebApp web, WebApp.UseCases useCases, RequestLimits limits) {
        this.web = web;
        this.useCases = useCases;
        this.limits = limits;
    }

    private AccountUseCase accounts() {
        return useCases.accounts();
    }

    /** {@code POST /plans/{id}/accounts}: 201 with the account and its address. */
    void open(Context ctx) {
        Optional<PlanId> plan = WebApp.planId(ctx);
        if (plan.isEmpty()) {
            web.planNotFound(ctx);
            return;
        }
        OpenAccountCommand command = json.readOpen(plan.get(), WebApp.jsonBody(ctx));
        AccountOutcome outcome = accounts().open(command, RequestActor.of(ctx));
        if (outcome instanceof AccountOutcome.Done done) {
            ctx.status(201).header(Header.LOCATION, accountPath(done.account().id()));
            WebApp.privateJson(ctx, json.write(done.account()));
        } else if (outcome instanceof AccountOutcome.Refused refused) {
            web.refused(ctx, refused.rule(), refused.reason(), refused.source());
        } else {
            web.planNotFound(ctx);
        }
    }

    /** {@code GET /accounts/{id}}. */
    void account(Context ctx) {
        Optional<DirectPaymentAccount> account = accountId(ctx).flatMap(id -> accounts().account(id, RequestActor.of(ctx)));
        if (account.isEmpty()) {
            accountNotFound(ctx);
            return;
        }
        WebApp.privateJson(ctx.status(200), json.write(account.get()));
    }

    /** {@code PUT /accounts/{id}/monitoring}: 200 with the account at its new level. */
    void assess(Context ctx) {
        Optional<AccountId> id = accountId(ctx);
        if (id.isEmpty()) {
            accountNotFound(ctx);
            return;
        }
        AccountJson.Assessment assessment = json.readAssessment(WebApp.jsonBody(ctx));
        AccountOutcome outcome = accounts().assessMonitoring(id.get(), assessment.level(), assessment.assessedOn(),
                assessment.assessedBy(), RequestActor.of(ctx));
        if (outcome instanceof AccountOutcome.Done done) {
            WebApp.privateJson(ctx.status(200), json.write(done.account()));
        } else if (outcome instanceof AccountOutcome.Refused refused) {
            web.refused(ctx, refused.rule(), refused.reason(), refused.source());
        } else {
            accountNotFound(ctx);
        }
    }

    /**
     * {@code POST /accounts/{id}/transactions}: the body is one account's CSV file. 201 with how its rows went; 409
     * when the same file was imported before; 400 when it cannot be read at all. The account is looked up before
     * the body is read, so an upload to no account is not read.
     */
    void importTransactions(Context ctx) {
        Optional<AccountId> id = accountId(ctx).filter(account -> accounts().account(account).isPresent());
        if (id.isEmpty()) {
            accountNotFound(ctx);
            return;
        }
        byte[] csv = csvBody(ctx);
        if (csv == null) {
            return;
        }
        TransactionReader reader = useCases.transactions();
        ImportOutcome outcome = accounts().importTransactions(id.get(), reader.read(csv), reader.sha256(csv), RequestActor.of(ctx));
        if (outcome instanceof ImportOutcome.Imported imported) {
            WebApp.privateJson(ctx.status(201), json.write(imported));
        } else if (outcome instanceof ImportOutcome.AlreadyImported already) {
            web.problem(ctx, new ProblemDetail(WebApp.ALREADY_IMPORTED, "File imported before", 409,
                    "this file was imported into the account at " + already.earlier().at()
                            + "; nothing was imported again", ctx.path(), null, null, null, null, null, null, null, null,
                    already.earlier().fileSha256(), already.earlier().at().toString()));
        } else if (outcome instanceof ImportOutcome.Unreadable unreadable) {
            unreadable(ctx, unreadable.reason());
        } else {
            accountNotFound(ctx);
        }
    }

    /**
     * {@code POST /accounts/{id}/audits}: audits the stored transactions over the period asked for (or the one the
     * monitoring level sets, ending today) and stores the report: 201 with it and its address.
     */
    void audit(Context ctx) {
        Optional<AccountId> id = accountId(ctx).filter(account -> accounts().account(account).isPresent());
        if (id.isEmpty()) {
            accountNotFound(ctx);
            return;
        }
        // The body is optional: none (or {}) audits the period the monitoring level sets.
        Optional<AuditPeriod> period = limits.body(ctx).length == 0 ? Optional.empty() : json.readAudit(WebApp.jsonBody(ctx));
        AuditOutcome outcome = accounts().audit(id.get(), period, RequestActor.of(ctx));
        if (outcome instanceof AuditOutcome.Audited audited) {
            ctx.status(201).header(Header.LOCATION, "/audits/" + audited.report().id());
            WebApp.privateJson(ctx, json.write(audited.report()));
        } else {
            // The account was there a moment ago, so its plan's council has no profile to audit under.
            List<String> known = useCases.councils().councils().stream().map(CouncilProfile::id).map(CouncilId::value).toList();
            web.problem(ctx, new ProblemDetail(WebApp.UNKNOWN_COUNCIL, "Unknown council", 422,
                    "the account's plan is under a council that has no installed profile to audit it by; installed: "
                            + String.join(", ", known), ctx.path(), null, null, null, null, null, known, null, null, null, null));
        }
    }

    /** {@code GET /accounts/{id}/audits}: the account's reports, oldest first, one line each. */
    void reports(Context ctx) {
        Optional<AccountId> id = accountId(ctx).filter(account -> accounts().account(account).isPresent());
        if (id.isEmpty()) {
            accountNotFound(ctx);
            return;
        }
        WebApp.privateJson(ctx.status(200), json.writeSummaries(accounts().reports(id.get(), RequestActor.of(ctx))));
    }

    /** {@code GET /audits/{reportId}}: one report in full. */
    void report(Context ctx) {
        Optional<StoredReport> report = reportId(ctx).flatMap(id -> accounts().report(id, RequestActor.of(ctx)));
        if (report.isEmpty()) {
            web.notFound(ctx, "there is no audit report with this id");
            return;
        }
        WebApp.privateJson(ctx.status(200), json.write(report.get()));
    }

    /**
     * The CSV body, or null once the request has been answered: 415 unless {@code text/csv} (UTF-8), 413 above
     * the upload limit, 400 when empty. Read by {@link RequestLimits} rather than by Javalin, whose limit serves the
     * JSON routes.
     */
    private byte[] csvBody(Context ctx) {
        if (!isCsv(ctx.contentType())) {
            web.problem(ctx, ProblemDetail.of(WebApp.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", 415,
                    "send the file as text/csv (UTF-8)", ctx.path()));
            return null;
        }
        byte[] csv = limits.body(ctx); // 413 beyond the upload limit, read no further
        if (csv.length == 0) {
            unreadable(ctx, "the body is empty: send the CSV file, its first line naming the columns");
            return null;
        }
        return csv;
    }

    private void unreadable(Context ctx, String reason) {
        web.problem(ctx, ProblemDetail.of(WebApp.UNREADABLE_TRANSACTIONS, "Unreadable transactions file", 400,
                "the file cannot be read as transactions, so nothing was imported: " + reason, ctx.path()));
    }

    /** {@code text/csv}, with no charset or UTF-8. */
    private static boolean isCsv(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        if (!parts[0].strip().toLowerCase(Locale.ROOT).equals(CSV)) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].strip().split("=", 2);
            if (parameter[0].strip().equalsIgnoreCase("charset")
                    && (parameter.length < 2 || !parameter[1].strip().replace("\"", "").equalsIgnoreCase("utf-8"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The account id in the address, or empty when it is not one: an address that cannot name an account answers
     * 404 like an unknown account.
     */
    private static Optional<AccountId> accountId(Context ctx) {
        try {
            return Optional.of(AccountId.of(ctx.pathParam("id")));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    private static Optional<ReportId> reportId(Context ctx) {
        String text = ctx.pathParam("reportId");
        if (!text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            return Optional.empty();
        }
        return Optional.of(new ReportId(UUID.fromString(text)));
    }

    private void accountNotFound(Context ctx) {
        web.notFound(ctx, "there is no account with this id");
    }

    private static String accountPath(AccountId id) {
        return "/accounts/" + id.value();
    }
}
