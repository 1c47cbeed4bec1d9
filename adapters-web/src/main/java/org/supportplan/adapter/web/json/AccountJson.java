package org.supportplan.adapter.web.json;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.supportplan.adapter.web.dto.AccountRequests;
import org.supportplan.adapter.web.dto.AccountResponses;
import org.supportplan.adapter.web.mapping.AccountMapper;
import org.supportplan.adapter.web.mapping.WireValues;
import org.supportplan.application.port.in.AccountUseCase.ImportOutcome;
import org.supportplan.application.port.in.AccountUseCase.OpenAccountCommand;
import org.supportplan.application.port.out.AccountRepository.StoredReport;
import org.supportplan.domain.account.AuditPeriod;
import org.supportplan.domain.account.AuditReport;
import org.supportplan.domain.account.DirectPaymentAccount;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * Reads the account routes' JSON bodies (with {@link PlanJson}'s strict rules) and writes accounts, import
 * summaries and audit reports ({@code docs/http-api.md}). Thread-safe.
 */
public final class AccountJson {

    private final StrictReader reader = new StrictReader();
    private final AccountMapper accounts = AccountMapper.INSTANCE;

    /**
     * A new additional assessment of an account's monitoring.
     *
     * @param level the level's code
     * @param assessedOn the day it was assessed
     * @param assessedBy the assessor's staff reference
     */
    public record Assessment(String level, LocalDate assessedOn, String assessedBy) {
    }

    /** The body of {@code POST /plans/{id}/accounts}. */
    public OpenAccountCommand readOpen(PlanId plan, InputStream in) {
        AccountRequests.Open body = reader.read(in, AccountRequests.Open.class);
        return mapped(() -> accounts.toCommand(plan, body));
    }

    /** The body of {@code PUT /accounts/{id}/monitoring}. */
    public Assessment readAssessment(InputStream in) {
        AccountRequests.Monitoring body = reader.read(in, AccountRequests.Monitoring.class);
        return mapped(() -> new Assessment(body.monitoringLevel(), WireValues.assessedOn(body.assessedOn()), body.assessedBy()));
    }

    /** The body of {@code POST /accounts/{id}/audits}: the period asked for, if any. */
    public Optional<AuditPeriod> readAudit(InputStream in) {
        AccountRequests.Audit body = reader.read(in, AccountRequests.Audit.class);
        return mapped(() -> accounts.toPeriod(body));
    }

    /** An account. */
    public String write(DirectPaymentAccount account) {
        return reader.write(accounts.toResponse(account));
    }

    /** How an upload was imported. */
    public String write(ImportOutcome.Imported imported) {
        return reader.write(accounts.toResponse(imported));
    }

    /** A stored audit report in full. */
    public String write(StoredReport report) {
        return reader.write(accounts.toResponse(report));
    }

    /**
     * A report that was not stored (a transactions file audited from the command line): the shape of a stored
     * report, with no {@code id}, audited at {@code at}.
     */
    public String writeUnstored(AuditReport report, java.time.Instant at) {
        AccountResponses.Report full = accounts.toResponse(new StoredReport(
                org.supportplan.application.port.out.AccountRepository.ReportId.random(), at, report));
        return reader.write(new AccountResponses.Report(null, full.auditedAt(), full.account(), full.planId(), full.period(),
                full.monitoring(), full.cycleAnchor(), full.openingBalance(), full.closingBalance(), full.totals(), full.clean(),
                full.incomplete(), full.findings(), full.rejected(), full.outsidePeriod()));
    }

    /** An account's reports, oldest first, one line each. */
    public String writeSummaries(List<StoredReport> reports) {
        return reader.write(reports.stream().map(accounts::toSummary).toList());
    }

    private static <T> T mapped(Supplier<T> map) {
        try {
            return map.get();
        } catch (InvalidValueException e) {
            throw StrictReader.invalid(e);
        }
    }
}
