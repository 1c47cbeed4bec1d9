package org.supportplan.domain.account;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.plan.PaidPerson;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.profile.Setting;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.spend.SpendRule;
import org.supportplan.domain.spend.SpendSubject;
import org.supportplan.domain.validation.Check;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * Audits a direct-payment account over one period, one transaction at a time and in any order, in
 * memory bounded by the period's length and the plan's size, never by the number of transactions.
 * Feed it with {@link #accept} (and {@link #reject} for rows the reader could not parse), then call
 * {@link #finish} once. Not thread-safe: one reader feeds one audit.
 *
 * <p>Each transaction is judged against the plan version in force on its date ({@link PlanHistory}).
 * Money out is, in this order: refused by a council spend rule (reported under that rule, and not
 * matched to the plan); else matched to the version's direct-payment items of the same category (an
 * uncategorised transaction by its payee being such an item's provider); else unplanned. Spend is summed
 * per four-week payment cycle, counted from the account's first payment (or the period's start), and
 * compared with what the matched items cost for a cycle; the balance is checked at the end of each
 * cycle. See ADR 0013.
 */
public final class AccountAudit {

    /** The most example transactions any finding (and the lists of rejected and out-of-period rows) keeps. */
    public static final int MAX_EXAMPLES = 20;

    private final DirectPaymentAccount account;
    private final AuditPeriod period;
    private final Money openingBalance;
    private final Setting<Quantity> unspentWeeks;
    private final CouncilAudits council;
    private final PlanHistory history;
    private final PlanLines[] lines;
    private final SpendRule[] rules;
    private final long fromDay;
    private final long toDay;
    private final LocalDate anchor;
    private final long anchorDay;
    private final long firstCycle;
    private final int cycles;

    private final long[] netByCycle;
    private final Tally[] unplanned;
    private final Tally[][] refused;
    private final Tally[][][] planned;
    private final Tally[][] oneOff;
    private final Tally outside = new Tally();
    private final TreeSet<RejectedRow> rejectedRows = new TreeSet<>();

    private long transactions;
    private long rejected;
    private long in;
    private long out;
    private long refusedOut;
    private long unplannedOut;
    private long plannedOut;
    private boolean finished;

    private AccountAudit(CouncilAudits council, DirectPaymentAccount account, PlanHistory history, AuditPeriod period,
                         Money openingBalance) {
        this.council = council;
        this.account = account;
        this.history = history;
        this.period = period;
        this.openingBalance = openingBalance;
        this.unspentWeeks = council.unspentWeeks();
        List<PlanHistory.VersionInForce> versions = history.versionsInForce();
        this.lines = new PlanLines[versions.size()];
        for (int v = 0; v < lines.length; v++) {
            lines[v] = new PlanLines(versions.get(v).version(), council.costRules(), unspentWeeks.value());
        }
        this.rules = council.rules();
        this.fromDay = period.from().toEpochDay();
        this.toDay = period.to().toEpochDay();
        this.anchor = account.firstPaymentDate().orElse(period.from());
        this.anchorDay = anchor.toEpochDay();
        this.firstCycle = Math.floorDiv(fromDay - anchorDay, PaymentCycle.DAYS);
        this.cycles = (int) (Math.floorDiv(toDay - anchorDay, PaymentCycle.DAYS) - firstCycle + 1);
        this.netByCycle = new long[cycles];
        this.unplanned = new Tally[cycles];
        this.refused = new Tally[cycles][];
        this.planned = new Tally[cycles][][];
        this.oneOff = new Tally[lines.length][];
    }

    /**
     * Starts an audit of {@code account} over {@code period}, judged by the plan's {@code history} (every
     * version, in any order) under {@code profile}, with the account holding {@code openingBalance} at the
     * start of the period. Refused when the history is of another plan than the account's. To audit many
     * accounts under one profile, start them from one {@link CouncilAudits}.
     */
    public static AccountAudit start(DirectPaymentAccount account, List<SupportPlan> history, CouncilProfile profile,
                                     AuditPeriod period, Money openingBalance) {
        return CouncilAudits.under(profile).start(account, history, period, openingBalance);
    }

    static AccountAudit start(CouncilAudits council, DirectPaymentAccount account, List<SupportPlan> history, AuditPeriod period,
                              Money openingBalance) {
        Check.present(account, "account");
        PlanHistory versions = PlanHistory.of(history);
        if (versions.plan().isPresent() && !versions.plan().get().equals(account.plan())) {
            throw InvalidValueException.of("history", "audit.plan-matches-account",
                    "the plan history is of plan " + versions.plan().get() + ", but the account pays for plan " + account.plan());
        }
        return new AccountAudit(council, account, versions, Check.present(period, "period"),
                Check.present(openingBalance, "openingBalance"));
    }

    /** Reads one transaction; any order. A transaction dated outside the period is counted and otherwise ignored. */
    public void accept(Transaction transaction) {
        open();
        Check.present(transaction, "transaction");
        long day = transaction.date().toEpochDay();
        if (day < fromDay || day > toDay) {
            outside.add(transaction, 0);
            return;
        }
        transactions++;
        long pence = transaction.amount().pence();
        int cycle = (int) (Math.floorDiv(day - anchorDay, PaymentCycle.DAYS) - firstCycle);
        netByCycle[cycle] = Math.addExact(netByCycle[cycle], pence);
        if (pence >= 0) {
            in = Math.addExact(in, pence);
            return;
        }
        long spent = -pence;
        out = Math.addExact(out, spent);
        int version = history.indexOn(day);
        PlanLines plan = version < 0 ? null : lines[version];
        int paid = plan == null ? -1 : plan.paidPersonFor(transaction.payee());
        PaidPerson person = paid < 0 ? null : plan.paidPersons[paid];
        boolean refusedByAny;
        if (council.judgesAsBits()) {
            long refusedBy = council.refusals(transaction, person);
            for (long bits = refusedBy; bits != 0; bits &= bits - 1) {
                refuse(cycle, Long.numberOfTrailingZeros(bits), transaction, spent, plan, paid);
            }
            refusedByAny = refusedBy != 0;
        } else {
            SpendSubject subject = CouncilAudits.subject(transaction, person);
            refusedByAny = false;
            for (int r = 0; r < rules.length; r++) {
                if (council.refuses(r, subject)) {
                    refuse(cycle, r, transaction, spent, plan, paid);
                    refusedByAny = true;
                }
            }
        }
        if (refusedByAny) {
            refusedOut = Math.addExact(refusedOut, spent);
            return;
        }
        int group = plan == null ? -1 : plan.groupFor(transaction);
        if (group < 0) {
            if (unplanned[cycle] == null) {
                unplanned[cycle] = new Tally();
            }
            unplanned[cycle].add(transaction, spent);
            unplannedOut = Math.addExact(unplannedOut, spent);
            return;
        }
        plannedOut = Math.addExact(plannedOut, spent);
        if (plan.oneOffOnly[group]) {
            oneOffTally(version, group).add(transaction, spent);
        } else {
            plannedTally(cycle, version, group).add(transaction, spent);
        }
    }

    private void refuse(int cycle, int rule, Transaction transaction, long spent, PlanLines plan, int paid) {
        Tally tally = refusedTally(cycle, rule);
        tally.add(transaction, spent);
        if (council.forbidsPerson(rule) && paid >= 0) {
            tally.item(plan.paidItems[paid]);
        }
    }

    /** Records a row the reader could not parse: counted, and among the report's examples if it is one of the earliest. */
    public void reject(long line, String reason) {
        open();
        RejectedRow row = new RejectedRow(line, reason);
        rejected++;
        rejectedRows.add(row);
        if (rejectedRows.size() > MAX_EXAMPLES) {
            rejectedRows.pollLast();
        }
    }

    /** Ends the audit and reports; the audit accepts nothing more. */
    public AuditReport finish() {
        open();
        finished = true;
        List<AuditFinding> findings = new ArrayList<>();
        long balance = openingBalance.pence();
        for (int c = 0; c < cycles; c++) {
            LocalDate start = anchor.plusDays((firstCycle + c) * PaymentCycle.DAYS);
            PaymentCycle cycle = new PaymentCycle(start, start.plusDays(PaymentCycle.DAYS - 1));
            refusedFindings(c, cycle, findings);
            if (unplanned[c] != null) {
                Tally t = unplanned[c];
                findings.add(new AuditFinding.UnplannedSpend(AuditRules.UNPLANNED_SPEND, AuditRules.MATCHES_PLAN, cycle,
                        Money.ofPence(t.pence()), t.count(), t.examples()));
            }
            plannedFindings(c, cycle, findings);
            balance = Math.addExact(balance, netByCycle[c]);
            // Only a cycle that ends within the period has an end to check; a part-cycle would count a payment not yet spent.
            if (cycle.to().toEpochDay() <= toDay) {
                unspentFinding(cycle, balance, findings);
            }
        }
        for (int v = 0; v < lines.length; v++) {
            for (int g = 0; oneOff[v] != null && g < oneOff[v].length; g++) {
                Tally t = oneOff[v][g];
                if (t != null && t.pence() > lines[v].oneOff[g]) {
                    findings.add(new AuditFinding.OneOffSpendAbovePlan(AuditRules.SPEND_ABOVE_PLAN, AuditRules.MATCHES_PLAN, period,
                            lines[v].version, lines[v].categories.get(g), lines[v].items.get(g), Money.ofPence(lines[v].oneOff[g]),
                            Money.ofPence(t.pence()), t.count(), t.examples()));
                }
            }
        }
        findings.sort(AuditFinding.ORDER);
        long net = Math.subtractExact(in, out);
        AuditTotals totals = new AuditTotals(transactions + outside.count() + rejected, transactions, outside.count(), rejected,
                Money.ofPence(in), Money.ofPence(out), Money.ofPence(net), Money.ofPence(refusedOut), Money.ofPence(unplannedOut),
                Money.ofPence(plannedOut));
        return new AuditReport(account.id(), account.plan(), period, account.monitoring().level(), anchor, openingBalance,
                Money.ofPence(Math.addExact(openingBalance.pence(), net)), totals, findings, new ArrayList<>(rejectedRows),
                outside.examples());
    }

    private void refusedFindings(int c, PaymentCycle cycle, List<AuditFinding> findings) {
        if (refused[c] == null) {
            return;
        }
        for (int r = 0; r < rules.length; r++) {
            Tally t = refused[c][r];
            if (t == null) {
                continue;
            }
            SpendRule rule = rules[r];
            RuleId id = rule.id();
            findings.add(council.forbidsPerson(r)
                    ? new AuditFinding.PaymentToForbiddenPerson(id, rule.source(), rule.summary(), cycle, t.items(),
                            Money.ofPence(t.pence()), t.count(), t.examples())
                    : new AuditFinding.ProhibitedSpend(id, rule.source(), rule.summary(), cycle, Money.ofPence(t.pence()), t.count(),
                            t.examples()));
        }
    }

    private void plannedFindings(int c, PaymentCycle cycle, List<AuditFinding> findings) {
        if (planned[c] == null) {
            return;
        }
        for (int v = 0; v < lines.length; v++) {
            for (int g = 0; planned[c][v] != null && g < planned[c][v].length; g++) {
                Tally t = planned[c][v][g];
                // A one-off item sharing a category with recurring ones may fall in any cycle, so it widens each cycle's allowance.
                long allowed = lines[v].recurringPerCycle[g] + lines[v].oneOff[g];
                if (t != null && t.pence() > allowed) {
                    findings.add(new AuditFinding.SpendAbovePlan(AuditRules.SPEND_ABOVE_PLAN, AuditRules.MATCHES_PLAN, cycle,
                            lines[v].version, lines[v].categories.get(g), lines[v].items.get(g), Money.ofPence(allowed),
                            Money.ofPence(t.pence()), t.count(), t.examples()));
                }
            }
        }
    }

    private void unspentFinding(PaymentCycle cycle, long balance, List<AuditFinding> findings) {
        int version = history.indexOn(cycle.to().toEpochDay());
        if (version < 0) {
            return;
        }
        long threshold = lines[version].threshold;
        if (balance > threshold) {
            findings.add(new AuditFinding.UnspentBalance(AuditRules.UNSPENT_BALANCE, unspentWeeks.source(), unspentWeeks.provenance(),
                    cycle, cycle.to(), lines[version].version, unspentWeeks.value(), Money.ofPence(threshold), Money.ofPence(balance)));
        }
    }

    private Tally refusedTally(int cycle, int rule) {
        if (refused[cycle] == null) {
            refused[cycle] = new Tally[rules.length];
        }
        if (refused[cycle][rule] == null) {
            refused[cycle][rule] = new Tally();
        }
        return refused[cycle][rule];
    }

    private Tally plannedTally(int cycle, int version, int group) {
        if (planned[cycle] == null) {
            planned[cycle] = new Tally[lines.length][];
        }
        if (planned[cycle][version] == null) {
            planned[cycle][version] = new Tally[lines[version].groups()];
        }
        if (planned[cycle][version][group] == null) {
            planned[cycle][version][group] = new Tally();
        }
        return planned[cycle][version][group];
    }

    private Tally oneOffTally(int version, int group) {
        if (oneOff[version] == null) {
            oneOff[version] = new Tally[lines[version].groups()];
        }
        if (oneOff[version][group] == null) {
            oneOff[version][group] = new Tally();
        }
        return oneOff[version][group];
    }

    private void open() {
        if (finished) {
            throw new IllegalStateException("this audit has finished; start another to audit more transactions");
        }
    }
}
