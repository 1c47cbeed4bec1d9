package org.supportplan.adapter.web.mapping;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mapstruct.Builder;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;
import org.supportplan.adapter.web.dto.AccountRequests;
import org.supportplan.adapter.web.dto.AccountResponses;
import org.supportplan.application.port.in.AccountUseCase.ImportOutcome;
import org.supportplan.application.port.in.AccountUseCase.OpenAccountCommand;
import org.supportplan.application.port.out.AccountRepository.StoredReport;
import org.supportplan.domain.account.AuditFinding;
import org.supportplan.domain.account.AuditPeriod;
import org.supportplan.domain.account.AuditReport;
import org.supportplan.domain.account.AuditTotals;
import org.supportplan.domain.account.DirectPaymentAccount;
import org.supportplan.domain.account.Evidence;
import org.supportplan.domain.account.MonitoringAssessment;
import org.supportplan.domain.account.MonitoringLevel;
import org.supportplan.domain.account.RejectedRow;
import org.supportplan.domain.account.TransactionRef;
import org.supportplan.domain.plan.ItemId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * Maps the account routes' bodies to commands and accounts, imports and audit reports to their wire form.
 * Amounts are decimal strings, as everywhere in the API.
 */
@Mapper(uses = WireValues.class, unmappedTargetPolicy = ReportingPolicy.ERROR, builder = @Builder(disableBuilder = true))
public interface AccountMapper {

    /** The generated implementation. */
    AccountMapper INSTANCE = Mappers.getMapper(AccountMapper.class);

    /** Rule: an audit period names both its days or neither. */
    String PERIOD_BOTH = "audit.period-both";

    // ---- bodies to commands

    /** Opening an account for the plan in the address. */
    @Mapping(target = "plan", source = "plan")
    @Mapping(target = "account", source = "body.accountId")
    @Mapping(target = "monitoringLevel", source = "body.monitoringLevel")
    @Mapping(target = "assessedOn", source = "body.assessedOn", qualifiedByName = "assessedOn")
    @Mapping(target = "assessedBy", source = "body.assessedBy")
    OpenAccountCommand toCommand(PlanId plan, AccountRequests.Open body);

    /** The audit period asked for: both days, or neither for the period the monitoring level sets. */
    default Optional<AuditPeriod> toPeriod(AccountRequests.Audit body) {
        if (body == null || body.from() == null && body.to() == null) {
            return Optional.empty();
        }
        if (body.from() == null || body.to() == null) {
            String missing = body.from() == null ? "from" : "to";
            throw InvalidValueException.of(missing, PERIOD_BOTH,
                    missing + " is required too: give both from and to, or neither for the period the monitoring level sets");
        }
        return Optional.of(AuditPeriod.of(WireValues.from(body.from()), WireValues.to(body.to())));
    }

    // ---- domain to wire

    /** An account. */
    @Mapping(target = "planId", source = "plan")
    @Mapping(target = "monitoring", expression = "java(toMonitoring(account.monitoring()))")
    AccountResponses.Account toResponse(DirectPaymentAccount account);

    /** An account's monitoring level and the assessment that set it. */
    default AccountResponses.Monitoring toMonitoring(MonitoringAssessment assessment) {
        MonitoringLevel level = assessment.level();
        return new AccountResponses.Monitoring(level.id(), level.auditIntervalMonths(), evidence(level.evidence()),
                level.source().citation(), level.source().kind().name(), WireValues.date(assessment.assessedOn()),
                assessment.assessedBy(), assessment.source().citation(), assessment.source().kind().name());
    }

    /** Evidence in its declared order. */
    default List<String> evidence(Set<Evidence> evidence) {
        return evidence.stream().sorted().map(Enum::name).toList();
    }

    /** How a file's import went. */
    default AccountResponses.Import toResponse(ImportOutcome.Imported imported) {
        var record = imported.record();
        return new AccountResponses.Import(record.account().value(), record.fileSha256(), WireValues.instant(record.at()),
                record.counts().rows(), record.counts().accepted(), record.counts().rejected(), toRejected(imported.rejected()));
    }

    /** Rejected rows, in the order given. */
    List<AccountResponses.Rejected> toRejected(List<RejectedRow> rows);

    /** A stored audit report. */
    default AccountResponses.Report toResponse(StoredReport stored) {
        AuditReport report = stored.report();
        MonitoringLevel level = report.monitoring();
        return new AccountResponses.Report(stored.id().toString(), WireValues.instant(stored.at()), report.account().value(),
                report.plan().toString(), toPeriod(report.period()),
                new AccountResponses.Level(level.id(), level.auditIntervalMonths(), evidence(level.evidence()),
                        level.source().citation(), level.source().kind().name()),
                WireValues.date(report.cycleAnchor()), WireValues.money(report.openingBalance()),
                WireValues.money(report.closingBalance()), toTotals(report.totals()), report.clean(), report.incomplete(),
                report.findings().stream().map(this::toFinding).toList(), toRejected(report.rejected()),
                toRefs(report.outsidePeriod()));
    }

    /** One line of an account's list of reports. */
    default AccountResponses.ReportSummary toSummary(StoredReport stored) {
        AuditReport report = stored.report();
        return new AccountResponses.ReportSummary(stored.id().toString(), WireValues.instant(stored.at()),
                toPeriod(report.period()), report.findings().size(), report.clean(), report.incomplete(), "/audits/" + stored.id());
    }

    /** A period. */
    AccountResponses.Period toPeriod(AuditPeriod period);

    /** Totals. */
    AccountResponses.Totals toTotals(AuditTotals totals);

    /** Transaction references, in the order given. */
    List<AccountResponses.TransactionRef> toRefs(List<TransactionRef> refs);

    /** One finding, with the members of its kind. */
    default AccountResponses.Finding toFinding(AuditFinding finding) {
        Integer planVersion = null;
        String category = null;
        List<String> items = null;
        String planned = null;
        String spent = null;
        String weeks = null;
        String threshold = null;
        String balance = null;
        String provenance = null;
        if (finding instanceof AuditFinding.SpendAbovePlan above) {
            planVersion = above.planVersion();
            category = above.category().code();
            items = itemIds(above.items());
            planned = WireValues.money(above.planned());
            spent = WireValues.money(above.spent());
        } else if (finding instanceof AuditFinding.OneOffSpendAbovePlan above) {
            planVersion = above.planVersion();
            category = above.category().code();
            items = itemIds(above.items());
            planned = WireValues.money(above.planned());
            spent = WireValues.money(above.spent());
        } else if (finding instanceof AuditFinding.PaymentToForbiddenPerson forbidden) {
            items = itemIds(forbidden.items());
        } else if (finding instanceof AuditFinding.UnspentBalance unspent) {
            planVersion = unspent.planVersion();
            weeks = WireValues.quantity(unspent.weeks());
            threshold = WireValues.money(unspent.threshold());
            balance = WireValues.money(unspent.balance());
            provenance = unspent.provenance().name();
        }
        return new AccountResponses.Finding(finding.kind().name(), finding.rule().value(), finding.source().citation(),
                finding.source().kind().name(), finding.message(), WireValues.money(finding.amount()), finding.transactions(),
                toRefs(finding.examples()), WireValues.date(finding.from()), WireValues.date(finding.to()), planVersion, category,
                items, planned, spent, weeks, threshold, balance, provenance);
    }

    /** Item ids as written. */
    default List<String> itemIds(List<ItemId> items) {
        return items.stream().map(ItemId::value).toList();
    }
}
