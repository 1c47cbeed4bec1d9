package org.supportplan.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import org.supportplan.application.audit.Actor;
import org.supportplan.application.audit.AuditAction;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.StoredPlan;
import org.supportplan.application.port.in.AccountUseCase;
import org.supportplan.application.port.in.TransactionSource;
import org.supportplan.application.port.out.AccountRepository;
import org.supportplan.application.port.out.AccountRepository.ImportCounts;
import org.supportplan.application.port.out.AccountRepository.ImportRecord;
import org.supportplan.application.port.out.AccountRepository.ReportId;
import org.supportplan.application.port.out.AccountRepository.StoredReport;
import org.supportplan.application.port.out.AuditTrail;
import org.supportplan.application.port.out.CouncilProfiles;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.domain.account.AccountAudit;
import org.supportplan.domain.account.AccountId;
import org.supportplan.domain.account.AuditPeriod;
import org.supportplan.domain.account.AuditReport;
import org.supportplan.domain.account.DirectPaymentAccount;
import org.supportplan.domain.account.MonitoringAssessment;
import org.supportplan.domain.account.MonitoringLevel;
import org.supportplan.domain.account.RejectedRow;
import org.supportplan.domain.account.Transaction;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.DeploymentOption;
import org.supportplan.domain.plan.EnglandCalendar;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SignOff;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;

/**
 * Opens direct-payment accounts, imports their transactions and audits them. Imports and audits stream:
 * rows go from the source to the store (or to the audit) one at a time.
 */
public final class AccountService implements AccountUseCase {

    private static final RuleSource ACCOUNTS = RuleSource.of(RuleSource.Kind.ACT,
            "Care Act 2014 s.31-33 and the Care and Support (Direct Payments) Regulations 2014: an account holds a direct payment");

    private final PlanRepository plans;
    private final AccountRepository accounts;
    private final AuditTrail trail;
    private final CouncilProfiles profiles;
    private final Clock clock;

    /** A service over the stores' repositories and the installed profiles, dating everything by {@code clock}. */
    public AccountService(PlanRepository plans, AccountRepository accounts, AuditTrail trail, CouncilProfiles profiles, Clock clock) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.trail = Objects.requireNonNull(trail, "trail");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AccountOutcome open(OpenAccountCommand command, Actor actor) {
        Optional<StoredPlan> stored = plans.findById(command.plan());
        if (stored.isEmpty()) {
            return new AccountOutcome.NotFound("plan " + command.plan());
        }
        SupportPlan plan = stored.get().plan();
        boolean hasDirectPayment = plans.history(plan.id()).stream().anyMatch(version -> version.content().deployments().stream()
                .anyMatch(d -> d.option() == DeploymentOption.DIRECT_PAYMENT));
        if (!hasDirectPayment) {
            return new AccountOutcome.Refused(RuleId.of("account.plan-has-direct-payment"),
                    "the plan takes none of its budget as a direct payment, so it has no direct-payment account", ACCOUNTS);
        }
        if (accounts.find(command.account()).isPresent()) {
            return new AccountOutcome.Refused(RuleId.of("account.unique-id"), "an account " + command.account() + " exists already",
                    ACCOUNTS);
        }
        Optional<MonitoringLevel> level = level(command.monitoringLevel());
        if (level.isEmpty()) {
            return unknownLevel(command.monitoringLevel());
        }
        DirectPaymentAccount account = new DirectPaymentAccount(command.account(), plan.id(),
                MonitoringAssessment.of(level.get(), command.assessedOn(), command.assessedBy()), null);
        accounts.open(account, AuditEvent.change(clock.instant(), actor, AuditAction.ACCOUNT_OPENED, plan, plan));
        return new AccountOutcome.Done(account);
    }

    @Override
    public AccountOutcome assessMonitoring(AccountId id, String levelId, LocalDate assessedOn, String assessedBy, Actor actor) {
        Optional<DirectPaymentAccount> account = accounts.find(id);
        if (account.isEmpty()) {
            return new AccountOutcome.NotFound("account " + id);
        }
        Optional<MonitoringLevel> level = level(levelId);
        if (level.isEmpty()) {
            return unknownLevel(levelId);
        }
        DirectPaymentAccount assessed = new DirectPaymentAccount(id, account.get().plan(),
                MonitoringAssessment.of(level.get(), assessedOn, assessedBy), account.get().firstPayment());
        accounts.update(assessed, event(actor, AuditAction.ACCOUNT_MONITORING_SET, assessed.plan()));
        return new AccountOutcome.Done(assessed);
    }

    @Override
    public Optional<DirectPaymentAccount> account(AccountId account) {
        return accounts.find(account);
    }

    @Override
    public Optional<DirectPaymentAccount> account(AccountId id, Actor reader) {
        Optional<DirectPaymentAccount> account = accounts.find(id);
        account.ifPresent(found -> trail.append(event(reader, AuditAction.ACCOUNT_READ, found.plan())));
        return account;
    }

    @Override
    public ImportOutcome importTransactions(AccountId id, TransactionSource source, String fileSha256, Actor actor) {
        Optional<DirectPaymentAccount> account = accounts.find(id);
        if (account.isEmpty()) {
            return new ImportOutcome.NotFound(id);
        }
        Optional<ImportRecord> earlier = accounts.imports(id).stream().filter(r -> r.fileSha256().equals(fileSha256)).findFirst();
        if (earlier.isPresent()) {
            return new ImportOutcome.AlreadyImported(earlier.get());
        }
        Instant at = clock.instant();
        TreeSet<RejectedRow> firstRejections = new TreeSet<>();
        long[] counts = new long[2]; // accepted, rejected
        LocalDate[] firstMoneyIn = new LocalDate[1];
        try (AccountRepository.TransactionImport stored = accounts.startImport(id, fileSha256, at,
                event(actor, AuditAction.TRANSACTIONS_IMPORTED, account.get().plan()))) {
            TransactionSource.Outcome outcome = source.read(new TransactionSource.Sink() {
                @Override
                public void accept(Transaction transaction) {
                    stored.add(transaction);
                    counts[0]++;
                    if (!transaction.isMoneyOut() && (firstMoneyIn[0] == null || transaction.date().isBefore(firstMoneyIn[0]))) {
                        firstMoneyIn[0] = transaction.date();
                    }
                }

                @Override
                public void reject(long line, String reason) {
                    counts[1]++;
                    firstRejections.add(new RejectedRow(line, reason));
                    if (firstRejections.size() > AccountAudit.MAX_EXAMPLES) {
                        firstRejections.pollLast();
                    }
                }
            });
            if (outcome instanceof TransactionSource.Outcome.Unreadable unreadable) {
                return new ImportOutcome.Unreadable(unreadable.reason());
            }
            long rows = ((TransactionSource.Outcome.Read) outcome).rows();
            ImportRecord record = stored.commit(new ImportCounts(rows, counts[0], counts[1]));
            recordFirstPayment(account.get(), firstMoneyIn[0], actor);
            return new ImportOutcome.Imported(record, List.copyOf(firstRejections));
        }
    }

    // The direct-payment review clock and the audit's payment cycles start at the first payment into the account.
    private void recordFirstPayment(DirectPaymentAccount account, LocalDate firstMoneyIn, Actor actor) {
        if (firstMoneyIn != null && account.firstPaymentDate().map(known -> firstMoneyIn.isBefore(known)).orElse(true)) {
            accounts.update(new DirectPaymentAccount(account.id(), account.plan(), account.monitoring(), firstMoneyIn),
                    event(actor, AuditAction.ACCOUNT_MONITORING_SET, account.plan()));
        }
    }

    @Override
    public AuditOutcome audit(AccountId id, Optional<AuditPeriod> period, Actor actor) {
        Optional<DirectPaymentAccount> account = accounts.find(id);
        if (account.isEmpty()) {
            return new AuditOutcome.NotFound("account " + id);
        }
        List<SupportPlan> history = plans.history(account.get().plan());
        Optional<CouncilProfile> profile = history.isEmpty() ? Optional.empty() : profiles.find(history.get(0).council());
        if (profile.isEmpty()) {
            return new AuditOutcome.NotFound("plan " + account.get().plan() + " or its council's profile");
        }
        AuditPeriod audited = period.orElseGet(() -> lastPeriodEndingToday(account.get()));
        AccountAudit audit = AccountAudit.start(account.get(), history, profile.get(), audited,
                accounts.balanceBefore(id, audited.from()));
        accounts.transactions(id, audited.from(), audited.to(), audit::accept);
        AuditReport report = audit.finish();
        Instant at = clock.instant();
        ReportId reportId = accounts.saveReport(report, at, event(actor, AuditAction.ACCOUNT_AUDITED, account.get().plan()));
        return new AuditOutcome.Audited(new StoredReport(reportId, at, report));
    }

    private AuditPeriod lastPeriodEndingToday(DirectPaymentAccount account) {
        LocalDate today = EnglandCalendar.today(clock);
        return AuditPeriod.of(today.minusMonths(account.monitoring().level().auditIntervalMonths()).plusDays(1), today);
    }

    @Override
    public Optional<StoredReport> report(ReportId id, Actor reader) {
        Optional<StoredReport> report = accounts.report(id);
        report.ifPresent(found -> trail.append(event(reader, AuditAction.AUDIT_REPORT_READ, found.report().plan())));
        return report;
    }

    @Override
    public List<StoredReport> reports(AccountId account, Actor reader) {
        List<StoredReport> reports = accounts.reports(account);
        if (!reports.isEmpty()) {
            trail.append(event(reader, AuditAction.AUDIT_REPORT_READ, reports.get(0).report().plan()));
        }
        return reports;
    }

    @Override
    public FileAuditOutcome auditFile(PlanId planId, TransactionSource source, Optional<AuditPeriod> period, Actor reader) {
        List<SupportPlan> history = plans.history(planId);
        if (history.isEmpty()) {
            return new FileAuditOutcome.NotFound("plan " + planId);
        }
        trail.append(AuditEvent.read(clock.instant(), reader, history.get(history.size() - 1)));
        Optional<CouncilProfile> profile = profiles.find(history.get(0).council());
        if (profile.isEmpty()) {
            return new FileAuditOutcome.NotFound("a profile for the council " + history.get(0).council());
        }
        List<DirectPaymentAccount> known = accounts.ofPlan(planId);
        DirectPaymentAccount account = known.isEmpty() ? fileAccount(planId) : known.get(0);
        return auditFile(account, history, profile.get(), source, period);
    }

    @Override
    public FileAuditOutcome auditFile(PlanContent content, CouncilId council, TransactionSource source, Optional<AuditPeriod> period) {
        Optional<CouncilProfile> profile = profiles.find(council);
        if (profile.isEmpty()) {
            return new FileAuditOutcome.NotFound("a profile for the council " + council);
        }
        FileAuditOutcome.Unreadable[] noPeriod = new FileAuditOutcome.Unreadable[1];
        Optional<AuditPeriod> audited = period.isPresent() ? period : datesOf(source, reason -> noPeriod[0] = reason);
        if (audited.isEmpty()) {
            return noPeriod[0];
        }
        // A plan file is taken as agreed the day the period starts, and in force throughout it.
        PlanId id = new PlanId(new java.util.UUID(0, 0));
        Instant agreedAt = audited.get().from().atStartOfDay(EnglandCalendar.ZONE).toInstant();
        Money budget = content.budget() == null ? Money.ZERO : content.budget().inForce();
        SupportPlan asAgreed = SupportPlan.restore(id, 1, PersonId.of("plan-file"), council, PlanStatus.ACTIVE, agreedAt, content,
                List.of(), new SignOff("plan-file", agreedAt, budget), audited.get().from(), null);
        return auditFile(fileAccount(id), List.of(asAgreed), profile.get(), source, audited);
    }

    private FileAuditOutcome auditFile(DirectPaymentAccount account, List<SupportPlan> history, CouncilProfile profile,
                                       TransactionSource source, Optional<AuditPeriod> period) {
        FileAuditOutcome.Unreadable[] noPeriod = new FileAuditOutcome.Unreadable[1];
        Optional<AuditPeriod> audited = period.isPresent() ? period : datesOf(source, reason -> noPeriod[0] = reason);
        if (audited.isEmpty()) {
            return noPeriod[0];
        }
        AccountAudit audit = AccountAudit.start(account, history, profile, audited.get(), Money.ZERO);
        TransactionSource.Outcome outcome = source.read(new TransactionSource.Sink() {
            @Override
            public void accept(Transaction transaction) {
                audit.accept(transaction);
            }

            @Override
            public void reject(long line, String reason) {
                audit.reject(line, reason);
            }
        });
        if (outcome instanceof TransactionSource.Outcome.Unreadable unreadable) {
            return new FileAuditOutcome.Unreadable(unreadable.reason());
        }
        return new FileAuditOutcome.Audited(audit.finish());
    }

    // A first pass over the file for its earliest and latest dates: constant memory, like the audit itself. When there
    // are none, why not is handed to whyNot: the file cannot be read at all, or it holds no transaction.
    private static Optional<AuditPeriod> datesOf(TransactionSource source,
                                                 java.util.function.Consumer<FileAuditOutcome.Unreadable> whyNot) {
        LocalDate[] range = new LocalDate[2];
        TransactionSource.Outcome outcome = source.read(new TransactionSource.Sink() {
            @Override
            public void accept(Transaction transaction) {
                if (range[0] == null || transaction.date().isBefore(range[0])) {
                    range[0] = transaction.date();
                }
                if (range[1] == null || transaction.date().isAfter(range[1])) {
                    range[1] = transaction.date();
                }
            }

            @Override
            public void reject(long line, String reason) {
                // Counted by the audit's own pass.
            }
        });
        if (outcome instanceof TransactionSource.Outcome.Unreadable unreadable) {
            whyNot.accept(new FileAuditOutcome.Unreadable(unreadable.reason()));
            return Optional.empty();
        }
        if (range[0] == null) {
            whyNot.accept(new FileAuditOutcome.Unreadable("the file holds no transaction to set the audit period by; give --from and --to"));
            return Optional.empty();
        }
        return Optional.of(AuditPeriod.of(range[0], range[1]));
    }

    private static DirectPaymentAccount fileAccount(PlanId plan) {
        return new DirectPaymentAccount(AccountId.of("file"), plan,
                MonitoringAssessment.of(MonitoringLevel.STANDARD, LocalDate.of(2000, 1, 1), "plan-file"), null);
    }

    private Optional<MonitoringLevel> level(String id) {
        return MonitoringLevel.defaults().stream().filter(level -> level.id().equals(id)).findFirst();
    }

    private static AccountOutcome unknownLevel(String id) {
        return new AccountOutcome.Refused(RuleId.of("account.monitoring-level"), "no monitoring level '" + id + "'; the levels are "
                + String.join(", ", MonitoringLevel.defaults().stream().map(MonitoringLevel::id).toList()), MonitoringLevel.DEFAULT_SOURCE);
    }

    private AuditEvent event(Actor actor, AuditAction action, PlanId planId) {
        SupportPlan plan = plans.findById(planId).map(StoredPlan::plan).orElseThrow(() ->
                new IllegalStateException("the account's plan " + planId + " is not stored"));
        return AuditEvent.change(clock.instant(), actor, action, plan, plan);
    }
}
