package org.supportplan.adapter.persistence.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.supportplan.adapter.persistence.contract.ContractFixtures;
import org.supportplan.application.audit.AuditAction;
import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.out.AccountRepository;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.application.port.out.Store;
import org.supportplan.domain.account.AccountAudit;
import org.supportplan.domain.account.AccountId;
import org.supportplan.domain.account.AuditReport;
import org.supportplan.domain.account.DirectPaymentAccount;
import org.supportplan.domain.account.MonitoringAssessment;
import org.supportplan.domain.account.MonitoringLevel;
import org.supportplan.domain.account.Transaction;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.profile.ReviewAnchor;
import org.supportplan.domain.profile.ReviewInterval;
import org.supportplan.domain.review.AgreedInterval;
import org.supportplan.domain.review.ParticipantRole;
import org.supportplan.domain.review.Review;
import org.supportplan.domain.review.ReviewId;
import org.supportplan.domain.review.ReviewMethod;
import org.supportplan.domain.review.ReviewOutcome;
import org.supportplan.domain.review.ReviewRequest;
import org.supportplan.domain.review.ReviewTrigger;
import org.supportplan.domain.testdata.AccountFixtures;
import org.supportplan.domain.testdata.PlanGenerators;
import org.supportplan.domain.testdata.ProfileFixtures;

/** Fills a store with generated plans, their histories, records and a trail, and compares two stores' contents. */
public final class StoreFilling {

    private StoreFilling() {
    }

    /** Histories of generated plan versions, {@code 1..maxPlans} of them with 1 to 4 versions each. */
    public static Gen<List<List<SupportPlan>>> histories(int maxPlans) {
        return SourceDSL.lists().of(SourceDSL.lists().of(PlanGenerators.plans()).ofSizeBetween(1, 4)).ofSizeBetween(1, maxPlans);
    }

    /**
     * Stores each generated history as one plan (a new id; the first version's person and council) the way
     * the services would: created, then updated version by version (the last update writing two versions at
     * once), then read; every fourth plan is restored at a high revision instead, with no events.
     */
    public static List<PlanId> fill(Store store, List<List<SupportPlan>> generated) {
        List<PlanId> ids = new ArrayList<>();
        PlanRepository plans = store.plans();
        for (int i = 0; i < generated.size(); i++) {
            List<SupportPlan> history = renumbered(generated.get(i));
            PlanId id = history.get(0).id();
            ids.add(id);
            if (i % 4 == 3) {
                plans.restore(history, new Revision(history.size() + 100L * i));
                continue;
            }
            plans.create(history.get(0), ContractFixtures.created(history.get(0)));
            Revision revision = Revision.FIRST;
            for (int v = 1; v < history.size(); v++) {
                List<SupportPlan> written = v == history.size() - 1 ? List.of(history.get(v - 1), history.get(v))
                        : List.of(history.get(v));
                PlanRepository.Update update = plans.update(id, revision, written,
                        ContractFixtures.changed(history.get(v - 1), history.get(v)));
                assertThat(update).isEqualTo(new PlanRepository.Update.Written(revision.next()));
                revision = revision.next();
            }
            store.auditTrail().append(ContractFixtures.read(history.get(history.size() - 1), "CM-" + i));
        }
        for (int i = 0; i < ids.size(); i++) {
            fillRecords(store, ids.get(i), i);
        }
        return ids;
    }

    /**
     * Gives plan {@code id} (the {@code i}th) records through the ports the services write with, each with its event:
     * every third plan two reviews, two review requests and an agreed interval; every second plan one or two
     * direct-payment accounts (the second reassessed), each with two imported files (transactions sharing dates
     * across the files) and two audit reports.
     */
    public static void fillRecords(Store store, PlanId id, int i) {
        SupportPlan latest = store.plans().findById(id).orElseThrow().plan();
        if (i % 3 == 0) {
            for (ReviewOutcome outcome : List.of(ReviewOutcome.NO_CHANGE, new ReviewOutcome.SignificantChange(Narrative.of("Needs grew " + i)))) {
                Review review = new Review(ReviewId.random(), id, latest.version(), LocalDate.of(2027, 3, 1 + i % 28),
                        ReviewTrigger.SCHEDULED_INITIAL, ReviewMethod.PHONE_CALL, Set.of(ParticipantRole.PERSON, ParticipantRole.CARE_MANAGER),
                        List.of(), outcome, false);
                Revision revision = store.plans().findById(id).orElseThrow().revision();
                assertThat(store.reviews().record(review, revision, List.of(), event(latest, AuditAction.REVIEW_RECORDED)))
                        .isEqualTo(new PlanRepository.Update.Written(revision.next()));
            }
            store.reviews().request(id, new ReviewRequest(LocalDate.of(2027, 5, 2), ParticipantRole.CARER), event(latest, AuditAction.PLAN_EDITED));
            store.reviews().request(id, new ReviewRequest(LocalDate.of(2027, 4, 1), ParticipantRole.PERSON), event(latest, AuditAction.PLAN_EDITED));
            store.reviews().agree(id, new AgreedInterval(new ReviewInterval(6, ReviewInterval.Unit.MONTHS, ReviewAnchor.PREVIOUS_REVIEW),
                    LocalDate.of(2027, 2, 1)), event(latest, AuditAction.PLAN_EDITED));
        }
        if (i % 2 == 0) {
            int accounts = i % 4 == 0 ? 2 : 1;
            for (int a = 0; a < accounts; a++) {
                DirectPaymentAccount account = new DirectPaymentAccount(AccountId.of("DP-" + i + "-" + a), id,
                        MonitoringAssessment.of(MonitoringLevel.STANDARD, LocalDate.of(2026, 12, 1), "CM-0042"), a == 0 ? null : LocalDate.of(2027, 1, 4));
                store.accounts().open(account, event(latest, AuditAction.PLAN_EDITED));
                if (a == 1) {
                    account = new DirectPaymentAccount(account.id(), id, MonitoringAssessment.of(MonitoringLevel.ENHANCED,
                            LocalDate.of(2027, 2, 3), "CM-7"), account.firstPayment());
                    store.accounts().update(account, event(latest, AuditAction.PLAN_EDITED));
                }
                for (int file = 0; file < 2; file++) {
                    try (AccountRepository.TransactionImport running = store.accounts().startImport(account.id(),
                            Integer.toHexString(i * 10 + a * 2 + file + 16).repeat(64).substring(0, 64),
                            Instant.parse("2027-04-01T10:15:30.5Z").plusSeconds(file), event(latest, AuditAction.PLAN_EDITED))) {
                        List<Transaction> rows = transactions(file, i);
                        rows.forEach(running::add);
                        running.commit(new AccountRepository.ImportCounts(rows.size() + file, rows.size(), file));
                    }
                }
                AuditReport report = report(account);
                store.accounts().saveReport(report, Instant.parse("2027-04-02T09:00:00Z"), event(latest, AuditAction.PLAN_EDITED));
                store.accounts().saveReport(report, Instant.parse("2027-04-01T09:00:00Z"), event(latest, AuditAction.PLAN_EDITED));
            }
        }
    }

    /** A file's rows: payments and spends, awkward text, a row known by its reference alone, dates shared between files. */
    private static List<Transaction> transactions(int file, int i) {
        LocalDate day = LocalDate.of(2027, 1, 4);
        List<Transaction> rows = new ArrayList<>();
        rows.add(Transaction.of(2, day.plusDays(file), "Derbyshire County Council", Money.parse("772.80"), null, "Direct payment"));
        rows.add(Transaction.of(3, day.plusDays(7), "Zo\u00eb O\u2019Brien \u2014 PA \ud83d\ude42", Money.ofPence(-19_320 - i), SpendCategory.of("personal-assistant"), "Week " + file));
        rows.add(new Transaction(0, "REF-" + file + "-" + i, day.plusDays(7), "Riverside Day Centre", Money.parse("-45.00"), null, " "));
        rows.add(Transaction.of(5, day.plusDays(20 + file), "Corner Shop, \"The\" Parade", Money.parse("-0.05"), SpendCategory.of("food"), "milk;bread"));
        return rows;
    }

    /** The fixture's audit report (with findings of several kinds) as a report of {@code account}. */
    private static AuditReport report(DirectPaymentAccount account) {
        DirectPaymentAccount fixture = AccountFixtures.account();
        AccountAudit audit = AccountAudit.start(fixture, AccountFixtures.history(), ProfileFixtures.bury(), AccountFixtures.THREE_CYCLES,
                Money.ZERO);
        audit.accept(AccountFixtures.payment(2, LocalDate.of(2027, 1, 4)));
        audit.accept(AccountFixtures.spend(3, LocalDate.of(2027, 1, 8), "Corner Shop", "23.45", "food"));
        audit.accept(AccountFixtures.spend(4, LocalDate.of(2027, 1, 9), AccountFixtures.HUSBAND, "100.00", null));
        AuditReport r = audit.finish();
        return new AuditReport(account.id(), account.plan(), r.period(), r.monitoring(), r.cycleAnchor(), r.openingBalance(),
                r.closingBalance(), r.totals(), r.findings(), r.rejected(), r.outsidePeriod());
    }

    private static AuditEvent event(SupportPlan plan, AuditAction action) {
        return AuditEvent.change(ContractFixtures.T0, ContractFixtures.ACTOR, action, plan, plan);
    }

    private static List<SupportPlan> renumbered(List<SupportPlan> generated) {
        PlanId id = PlanId.random();
        SupportPlan first = generated.get(0);
        List<SupportPlan> history = new ArrayList<>();
        for (int v = 0; v < generated.size(); v++) {
            SupportPlan p = generated.get(v);
            history.add(SupportPlan.restore(id, v + 1, first.person(), first.council(), p.status(), p.createdAt(), p.content(),
                    p.returnReasons(), p.signOff().orElse(null), p.supportStart().orElse(null), p.endedOn().orElse(null)));
        }
        return history;
    }

    /**
     * Fails unless {@code copy} holds exactly what {@code original} holds: the plans (every version, every revision), each
     * plan's reviews, requests, interval and accounts, each account's imports, transactions and reports, the trail, and
     * the counts of {@code info()}.
     */
    public static void assertSameContents(Store original, Store copy) {
        List<PlanId> ids = allIds(original);
        assertThat(allIds(copy)).containsExactlyInAnyOrderElementsOf(ids);
        for (PlanId id : ids) {
            assertThat(copy.plans().findById(id)).as("plan %s", id).isEqualTo(original.plans().findById(id));
            assertThat(copy.plans().history(id)).as("plan %s", id).containsExactlyElementsOf(original.plans().history(id));
        }
        for (PlanId id : ids) {
            assertThat(copy.reviews().reviews(id)).as("reviews of %s", id).containsExactlyElementsOf(original.reviews().reviews(id));
            assertThat(copy.reviews().requests(id)).as("requests of %s", id).containsExactlyElementsOf(original.reviews().requests(id));
            assertThat(copy.reviews().agreedInterval(id)).as("interval of %s", id).isEqualTo(original.reviews().agreedInterval(id));
            List<DirectPaymentAccount> accounts = original.accounts().ofPlan(id);
            assertThat(copy.accounts().ofPlan(id)).as("accounts of %s", id).containsExactlyElementsOf(accounts);
            for (DirectPaymentAccount account : accounts) {
                assertThat(copy.accounts().imports(account.id())).as("imports of %s", account.id())
                        .containsExactlyElementsOf(original.accounts().imports(account.id()));
                assertThat(allTransactions(copy, account.id())).as("transactions of %s", account.id())
                        .containsExactlyElementsOf(allTransactions(original, account.id()));
                List<AccountRepository.StoredReport> reports = original.accounts().reports(account.id());
                assertThat(copy.accounts().reports(account.id())).as("reports of %s", account.id()).containsExactlyElementsOf(reports);
                reports.forEach(report -> assertThat(copy.accounts().report(report.id())).contains(report));
            }
        }
        assertThat(allEntries(copy)).containsExactlyElementsOf(allEntries(original));
        Map<String, String> counts = original.info();
        for (String count : List.of("plans", "planVersions", "auditEntries", "reviews", "accounts", "transactions", "auditReports")) {
            if (counts.containsKey(count)) {
                assertThat(copy.info()).containsEntry(count, counts.get(count));
            }
        }
    }

    /** Every transaction of an account, in the order the store hands them out. */
    public static List<Transaction> allTransactions(Store store, AccountId account) {
        List<Transaction> all = new ArrayList<>();
        store.accounts().transactions(account, StoreTransfer.FIRST_DAY, StoreTransfer.LAST_DAY, all::add);
        return all;
    }

    /** Every plan id, a page at a time. */
    public static List<PlanId> allIds(Store store) {
        List<PlanId> all = new ArrayList<>();
        Optional<PlanId> after = Optional.empty();
        List<PlanId> page;
        do {
            page = store.plans().ids(after, 100);
            all.addAll(page);
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1));
        } while (!page.isEmpty());
        return all;
    }

    /** Every audit entry, a page at a time. */
    public static List<AuditEntry> allEntries(Store store) {
        List<AuditEntry> all = new ArrayList<>();
        List<AuditEntry> page;
        do {
            page = store.auditTrail().entries(all.size() + 1L, 100);
            all.addAll(page);
        } while (!page.isEmpty());
        return all;
    }
}
