package org.supportplan.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.supportplan.application.audit.Actor;
import org.supportplan.application.port.out.AccountRepository.ImportRecord;
import org.supportplan.application.port.out.AccountRepository.ReportId;
import org.supportplan.application.port.out.AccountRepository.StoredReport;
import org.supportplan.domain.account.AccountId;
import org.supportplan.domain.account.AuditPeriod;
import org.supportplan.domain.account.AuditReport;
import org.supportplan.domain.account.DirectPaymentAccount;
import org.supportplan.domain.account.RejectedRow;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;

/**
 * Use cases of direct-payment accounts: open one for a plan at the monitoring level an additional
 * assessment set, import its transactions from a file, audit it over a period against the plan versions in
 * force (the report is stored), read reports; and audit a file directly against a stored plan or a plan file.
 */
public interface AccountUseCase {

    /** Opens an account for a plan with a direct payment. */
    AccountOutcome open(OpenAccountCommand command, Actor actor);

    /** Sets the account's monitoring level after a new additional assessment. */
    AccountOutcome assessMonitoring(AccountId account, String level, LocalDate assessedOn, String assessedBy, Actor actor);

    /** The account, if it exists (for checks that read nothing of it for a person). */
    Optional<DirectPaymentAccount> account(AccountId account);

    /** The account, if it exists, with the read recorded in the audit trail under {@code reader}. */
    Optional<DirectPaymentAccount> account(AccountId account, Actor reader);

    /** Imports one file's transactions (all its readable rows, or nothing when it was imported before or is unreadable). */
    ImportOutcome importTransactions(AccountId account, TransactionSource source, String fileSha256, Actor actor);

    /**
     * Audits the account's stored transactions over {@code period} (or, when empty, the period its monitoring
     * level sets, ending today) and stores the report.
     */
    AuditOutcome audit(AccountId account, Optional<AuditPeriod> period, Actor actor);

    /** A stored report, recorded as read. */
    Optional<StoredReport> report(ReportId id, Actor reader);

    /** The account's stored reports, oldest first. */
    List<StoredReport> reports(AccountId account, Actor reader);

    /**
     * Audits a transactions file against the stored plan {@code plan} (the versions in force on each date),
     * without storing anything; the period is the file's first to last date when not given.
     */
    FileAuditOutcome auditFile(PlanId plan, TransactionSource source, Optional<AuditPeriod> period, Actor reader);

    /**
     * Audits a transactions file against plan content from a file, taken as agreed under {@code council} and in
     * force throughout the period; nothing is stored.
     */
    FileAuditOutcome auditFile(PlanContent content, CouncilId council, TransactionSource source, Optional<AuditPeriod> period);

    /**
     * Opens an account.
     *
     * @param plan the plan
     * @param account the account's id (the council's or card provider's reference)
     * @param monitoringLevel the level's id, such as {@code standard}
     * @param assessedOn when the additional assessment set it
     * @param assessedBy the staff reference of who assessed it
     */
    record OpenAccountCommand(PlanId plan, AccountId account, String monitoringLevel, LocalDate assessedOn, String assessedBy) {
    }

    /** The outcome of opening or assessing an account. */
    sealed interface AccountOutcome permits AccountOutcome.Done, AccountOutcome.Refused, AccountOutcome.NotFound {

        /**
         * The account as stored.
         *
         * @param account the account
         */
        record Done(DirectPaymentAccount account) implements AccountOutcome {
        }

        /**
         * A rule refused it; nothing was written.
         *
         * @param rule the rule
         * @param reason why
         * @param source where the rule comes from
         */
        record Refused(RuleId rule, String reason, RuleSource source) implements AccountOutcome {
        }

        /**
         * There is no such plan or account.
         *
         * @param what which, such as "plan 7b0e..." or "account DP-1"
         */
        record NotFound(String what) implements AccountOutcome {
        }
    }

    /** The outcome of an import. */
    sealed interface ImportOutcome permits ImportOutcome.Imported, ImportOutcome.AlreadyImported, ImportOutcome.Unreadable,
            ImportOutcome.NotFound {

        /**
         * The file's readable rows were stored; each bad row is reported (the first ones here, all counted).
         *
         * @param record the import's record
         * @param rejected the first rejected rows, by line
         */
        record Imported(ImportRecord record, List<RejectedRow> rejected) implements ImportOutcome {
        }

        /**
         * This file was imported before; nothing was stored again.
         *
         * @param earlier the earlier import
         */
        record AlreadyImported(ImportRecord earlier) implements ImportOutcome {
        }

        /**
         * The file cannot be read as transactions at all; nothing was stored.
         *
         * @param reason why
         */
        record Unreadable(String reason) implements ImportOutcome {
        }

        /**
         * There is no such account.
         *
         * @param account the id asked for
         */
        record NotFound(AccountId account) implements ImportOutcome {
        }
    }

    /** The outcome of auditing a stored account. */
    sealed interface AuditOutcome permits AuditOutcome.Audited, AuditOutcome.NotFound {

        /**
         * The audit ran and its report was stored.
         *
         * @param report the stored report
         */
        record Audited(StoredReport report) implements AuditOutcome {
        }

        /**
         * There is no such account, or its plan is gone.
         *
         * @param what which
         */
        record NotFound(String what) implements AuditOutcome {
        }
    }

    /** The outcome of auditing a file. */
    sealed interface FileAuditOutcome permits FileAuditOutcome.Audited, FileAuditOutcome.Unreadable, FileAuditOutcome.NotFound {

        /**
         * The report.
         *
         * @param report every finding and the totals
         */
        record Audited(AuditReport report) implements FileAuditOutcome {
        }

        /**
         * The file cannot be read as transactions at all, or holds none to set a period by.
         *
         * @param reason why
         */
        record Unreadable(String reason) implements FileAuditOutcome {
        }

        /**
         * There is no such plan, or no profile for its council.
         *
         * @param what which
         */
        record NotFound(String what) implements FileAuditOutcome {
        }
    }
}
