package org.supportplan.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.out.AccountRepository;
import org.supportplan.application.port.out.AccountRepository.ImportCounts;
import org.supportplan.application.port.out.AccountRepository.ImportRecord;
import org.supportplan.application.port.out.AccountRepository.ReportId;
import org.supportplan.application.port.out.AccountRepository.StoredReport;
import org.supportplan.application.port.out.AccountRepository.TransactionImport;
import org.supportplan.application.port.out.AccountRepository.TransactionRestore;
import org.supportplan.domain.account.AccountAudit;
import org.supportplan.domain.account.AccountId;
import org.supportplan.domain.account.AuditFinding;
import org.supportplan.domain.account.AuditReport;
import org.supportplan.domain.account.DirectPaymentAccount;
import org.supportplan.domain.account.MonitoringAssessment;
import org.supportplan.domain.account.MonitoringLevel;
import org.supportplan.domain.account.Transaction;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.testdata.AccountFixtures;
import org.supportplan.domain.testdata.ProfileFixtures;

/**
 * What every {@link AccountRepository} must do (part of {@link StoreContract}): keep accounts, import a file's
 * transactions all at once or not at all (never the same file twice), hand transactions back by date one at a
 * time, sum a balance, and keep audit reports exactly, each write with its audit event.
 */
public interface AccountRepositoryContract extends ContractStore {

    String FILE_A = "a".repeat(64);
    String FILE_B = "b".repeat(64);
    Instant AT = Instant.parse("2027-04-01T10:15:30.5Z");

    private SupportPlan storedPlan() {
        SupportPlan plan = AccountFixtures.history().get(0);
        plans().create(plan, ContractFixtures.created(plan));
        return plan;
    }

    private static AuditEvent event(SupportPlan plan) {
        return ContractFixtures.changed(plan, plan);
    }

    private static List<Transaction> rows() {
        List<Transaction> rows = new ArrayList<>();
        rows.add(AccountFixtures.payment(2, LocalDate.of(2027, 1, 4)));
        rows.add(AccountFixtures.spend(3, LocalDate.of(2027, 1, 20), "A. Patel", "193.20", "personal-assistant"));
        rows.add(AccountFixtures.spend(4, LocalDate.of(2027, 1, 8), "Corner Shop", "23.45", "food"));
        rows.add(new Transaction(0, "REF-77", LocalDate.of(2027, 2, 1), "Riverside Day Centre", Money.parse("-45.00"), null, "Day"));
        rows.add(AccountFixtures.spend(6, LocalDate.of(2027, 3, 31), AccountFixtures.HUSBAND, "100.00", null));
        return rows;
    }

    private ImportRecord imported(AccountId account, String file, List<Transaction> rows, SupportPlan plan) {
        try (TransactionImport running = store().accounts().startImport(account, file, AT, event(plan))) {
            rows.forEach(running::add);
            return running.commit(new ImportCounts(rows.size() + 1, rows.size(), 1));
        }
    }

    private List<Transaction> transactions(AccountId account, LocalDate from, LocalDate to) {
        List<Transaction> read = new ArrayList<>();
        store().accounts().transactions(account, from, to, read::add);
        return read;
    }

    @Test
    default void anOpenedAccountIsFoundByIdAndByPlan() {
        SupportPlan plan = storedPlan();
        DirectPaymentAccount account = AccountFixtures.account();

        store().accounts().open(account, event(plan));

        assertThat(store().accounts().find(account.id())).contains(account);
        assertThat(store().accounts().ofPlan(plan.id())).containsExactly(account);
        assertThat(store().accounts().find(AccountId.of("DP-NONE"))).isEmpty();
        assertThat(trail().entries(1, 10)).hasSize(2);
    }

    @Test
    default void anAccountIsOpenedOnceAndOnlyForAStoredPlan() {
        SupportPlan plan = storedPlan();
        store().accounts().open(AccountFixtures.account(), event(plan));

        assertThatThrownBy(() -> store().accounts().open(AccountFixtures.account(null), event(plan)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DP-100234");
        assertThat(store().accounts().find(AccountFixtures.account().id())).contains(AccountFixtures.account());
        assertThat(trail().entries(1, 10)).hasSize(2);
    }

    @Test
    default void anUpdateReplacesTheMonitoringAndFirstPayment() {
        SupportPlan plan = storedPlan();
        store().accounts().open(AccountFixtures.account(null), event(plan));
        DirectPaymentAccount assessed = new DirectPaymentAccount(AccountFixtures.account().id(), plan.id(),
                MonitoringAssessment.of(MonitoringLevel.ENHANCED, LocalDate.of(2027, 1, 2), "CM-7"), LocalDate.of(2027, 1, 4));

        store().accounts().update(assessed, event(plan));

        assertThat(store().accounts().find(assessed.id())).contains(assessed);
        assertThatThrownBy(() -> store().accounts().update(new DirectPaymentAccount(AccountId.of("DP-NONE"), plan.id(),
                assessed.monitoring(), null), event(plan))).isInstanceOf(IllegalStateException.class);
        assertThat(trail().entries(1, 10)).hasSize(3);
    }

    @Test
    default void anImportStoresEveryRowAndItsRecordAtOnce() {
        SupportPlan plan = storedPlan();
        AccountId account = AccountFixtures.account().id();
        store().accounts().open(AccountFixtures.account(), event(plan));

        ImportRecord record = imported(account, FILE_A, rows(), plan);

        assertThat(record).isEqualTo(new ImportRecord(account, FILE_A, AT, new ImportCounts(6, 5, 1)));
        assertThat(store().accounts().imports(account)).containsExactly(record);
        assertThat(transactions(account, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)))
                .containsExactlyInAnyOrderElementsOf(rows())
                .extracting(Transaction::date).isSorted();
        assertThat(trail().entries(1, 10)).hasSize(3);
    }

    /** Enough rows to fill many of a store's write batches and end part-way through one. */
    private static List<Transaction> manyRows() {
        List<Transaction> rows = new ArrayList<>();
        for (int i = 0; i < 2_345; i++) {
            rows.add(new Transaction(i + 2L, i % 3 == 0 ? "REF-" + i : null, LocalDate.of(2027, 1, 4).plusDays(i % 360),
                    i % 2 == 0 ? "A. Patel" : "Corner Shop", Money.ofPence(-(100 + i)), null, "row " + i));
        }
        return rows;
    }

    @Test
    default void aLargeImportStoresEveryRowOnceOrNothing() {
        SupportPlan plan = storedPlan();
        AccountId account = AccountFixtures.account().id();
        store().accounts().open(AccountFixtures.account(), event(plan));
        try (TransactionImport abandoned = store().accounts().startImport(account, FILE_A, AT, event(plan))) {
            manyRows().forEach(abandoned::add);
        }
        assertThat(transactions(account, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).isEmpty();

        imported(account, FILE_A, manyRows(), plan);

        List<Transaction> read = transactions(account, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        assertThat(read).hasSize(2_345).containsExactlyInAnyOrderElementsOf(manyRows()).extracting(Transaction::date).isSorted();
        assertThat(store().accounts().balanceBefore(account, LocalDate.of(2028, 1, 1)))
                .isEqualTo(manyRows().stream().map(Transaction::amount).reduce(Money.ZERO, Money::plus));
    }

    @Test
    default void transactionsAreReadByDateWithBothEndsIncluded() {
        SupportPlan plan = storedPlan();
        AccountId account = AccountFixtures.account().id();
        store().accounts().open(AccountFixtures.account(), event(plan));
        imported(account, FILE_A, rows(), plan);

        assertThat(transactions(account, LocalDate.of(2027, 1, 8), LocalDate.of(2027, 2, 1)))
                .extracting(Transaction::line).containsExactly(4L, 3L, 0L);
        assertThat(transactions(account, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isEmpty();
        assertThat(transactions(AccountId.of("DP-NONE"), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).isEmpty();
    }

    @Test
    default void theBalanceBeforeADayIsTheSumOfEverythingEarlier() {
        SupportPlan plan = storedPlan();
        AccountId account = AccountFixtures.account().id();
        store().accounts().open(AccountFixtures.account(), event(plan));
        imported(account, FILE_A, rows(), plan);

        assertThat(store().accounts().balanceBefore(account, LocalDate.of(2027, 1, 4))).isEqualTo(Money.ZERO);
        assertThat(store().accounts().balanceBefore(account, LocalDate.of(2027, 2, 1)))
                .isEqualTo(AccountFixtures.PAYMENT.minus(Money.parse("193.20")).minus(Money.parse("23.45")));
        assertThat(store().accounts().balanceBefore(account, LocalDate.of(2028, 1, 1)))
                .isEqualTo(rows().stream().map(Transaction::amount).reduce(Money.ZERO, Money::plus));
    }

    @Test
    default void anImportClosedWithoutCommittingStoresNothing() {
        SupportPlan plan = storedPlan();
        AccountId account = AccountFixtures.account().id();
        store().accounts().open(AccountFixtures.account(), event(plan));

        try (TransactionImport abandoned = store().accounts().startImport(account, FILE_A, AT, event(plan))) {
            rows().forEach(abandoned::add);
        }

        assertThat(store().accounts().imports(account)).isEmpty();
        assertThat(transactions(account, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).isEmpty();
        assertThat(trail().entries(1, 10)).hasSize(2);
        imported(account, FILE_A, rows(), plan); // the file can still be imported
        assertThat(transactions(account, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).hasSize(5);
    }

    @Test
    default void theSameFileIsNeverImportedTwiceButAnotherFileIs() {
        SupportPlan plan = storedPlan();
        AccountId account = AccountFixtures.account().id();
        store().accounts().open(AccountFixtures.account(), event(plan));
        imported(account, FILE_A, rows(), plan);

        assertThatThrownBy(() -> imported(account, FILE_A, rows(), plan))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(FILE_A);
        ImportRecord second = imported(account, FILE_B, List.of(AccountFixtures.payment(2, LocalDate.of(2027, 2, 1))), plan);

        assertThat(store().accounts().imports(account)).extracting(ImportRecord::fileSha256).containsExactly(FILE_A, FILE_B);
        assertThat(second.counts()).isEqualTo(new ImportCounts(2, 1, 1));
        assertThat(transactions(account, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).hasSize(6);
        assertThat(trail().entries(1, 10)).hasSize(4);
    }

    @Test
    default void anImportIntoAMissingAccountIsRefused() {
        SupportPlan plan = storedPlan();

        assertThatThrownBy(() -> store().accounts().startImport(AccountId.of("DP-NONE"), FILE_A, AT, event(plan)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DP-NONE");
        assertThat(trail().entries(1, 10)).hasSize(1);
    }

    @Test
    default void aRestoredAccountWithItsImportsTransactionsAndReportsIsKeptExactlyWithNoEvent() {
        SupportPlan plan = storedPlan();
        DirectPaymentAccount account = new DirectPaymentAccount(AccountFixtures.account().id(), plan.id(),
                MonitoringAssessment.of(MonitoringLevel.ENHANCED, LocalDate.of(2027, 1, 2), "CM-7"), LocalDate.of(2027, 1, 4));
        ImportRecord first = new ImportRecord(account.id(), FILE_A, AT, new ImportCounts(6, 5, 1));
        ImportRecord second = new ImportRecord(account.id(), FILE_B, AT.plusSeconds(86_400), new ImportCounts(2, 2, 0));
        // As transactions() hands them out: by date, and two on one day in the order they were imported.
        List<Transaction> exported = new ArrayList<>(rows());
        exported.add(new Transaction(9, "REF-2", LocalDate.of(2027, 1, 20), "B. Jones", Money.parse("-10.00"), null, ""));
        exported.add(AccountFixtures.payment(2, LocalDate.of(2027, 1, 20)));
        exported.sort(Comparator.comparing(Transaction::date));
        AuditReport report = AccountAudit.start(account, AccountFixtures.history(), ProfileFixtures.bury(), AccountFixtures.THREE_CYCLES,
                Money.ZERO).finish();
        StoredReport firstReport = new StoredReport(ReportId.random(), AT, report);
        StoredReport secondReport = new StoredReport(ReportId.random(), AT.minusSeconds(60), report);

        store().accounts().restore(account);
        store().accounts().restore(first);
        store().accounts().restore(second);
        long restored;
        try (TransactionRestore restore = store().accounts().restoreTransactions(account.id())) {
            exported.forEach(restore::add);
            restored = restore.commit();
        }
        store().accounts().restore(firstReport);
        store().accounts().restore(secondReport);

        assertThat(restored).isEqualTo(exported.size());
        assertThat(store().accounts().find(account.id())).contains(account);
        assertThat(store().accounts().ofPlan(plan.id())).containsExactly(account);
        assertThat(store().accounts().imports(account.id())).containsExactly(first, second);
        assertThat(transactions(account.id(), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).containsExactlyElementsOf(exported);
        assertThat(store().accounts().balanceBefore(account.id(), LocalDate.of(2028, 1, 1)))
                .isEqualTo(exported.stream().map(Transaction::amount).reduce(Money.ZERO, Money::plus));
        assertThat(store().accounts().reports(account.id())).containsExactly(firstReport, secondReport);
        assertThat(store().accounts().report(secondReport.id())).contains(secondReport);
        assertThat(trail().entries(1, 10)).hasSize(1);
        // The account goes on from the restored state: a restored file is not imported again, a new one is, after them.
        assertThatThrownBy(() -> imported(account.id(), FILE_A, rows(), plan)).isInstanceOf(IllegalStateException.class);
        Transaction later = AccountFixtures.payment(1, LocalDate.of(2027, 1, 20));
        imported(account.id(), "c".repeat(64), List.of(later), plan);
        assertThat(transactions(account.id(), LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 20))).last().isEqualTo(later);
        assertThat(transactions(account.id(), LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 20))).hasSize(4);
    }

    @Test
    default void restoreRefusesWhatHasNoParentOrExistsAndARestoreClosedWithoutCommittingStoresNothing() {
        SupportPlan plan = AccountFixtures.history().get(0);
        DirectPaymentAccount account = AccountFixtures.account();
        ImportRecord record = new ImportRecord(account.id(), FILE_A, AT, new ImportCounts(1, 1, 0));
        StoredReport report = new StoredReport(ReportId.random(), AT, AccountAudit.start(account, AccountFixtures.history(),
                ProfileFixtures.bury(), AccountFixtures.THREE_CYCLES, Money.ZERO).finish());

        assertThatThrownBy(() -> store().accounts().restore(account)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(plan.id().toString());
        plans().restore(List.of(plan), Revision.FIRST);
        assertThatThrownBy(() -> store().accounts().restore(record)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(account.id().toString());
        assertThatThrownBy(() -> store().accounts().restoreTransactions(account.id())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store().accounts().restore(report)).isInstanceOf(IllegalStateException.class);
        store().accounts().restore(account);
        assertThatThrownBy(() -> store().accounts().restore(account)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(account.id().toString());
        assertThatThrownBy(() -> store().accounts().restoreTransactions(account.id())).as("no import to hold them")
                .isInstanceOf(IllegalStateException.class);
        store().accounts().restore(record);
        assertThatThrownBy(() -> store().accounts().restore(record)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(FILE_A);
        store().accounts().restore(report);
        assertThatThrownBy(() -> store().accounts().restore(report)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(report.id().toString());

        try (TransactionRestore abandoned = store().accounts().restoreTransactions(account.id())) {
            rows().forEach(abandoned::add);
        }

        assertThat(transactions(account.id(), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).isEmpty();
        assertThat(store().accounts().imports(account.id())).containsExactly(record);
        assertThat(store().accounts().reports(account.id())).containsExactly(report);
        assertThat(trail().entries(1, 10)).isEmpty();
    }

    @Test
    default void anAuditReportIsKeptExactlyWithEveryFinding() {
        SupportPlan plan = storedPlan();
        DirectPaymentAccount account = AccountFixtures.account();
        store().accounts().open(account, event(plan));
        AccountAudit audit = AccountAudit.start(account, AccountFixtures.history(), ProfileFixtures.bury(), AccountFixtures.THREE_CYCLES,
                Money.ZERO);
        rows().forEach(audit::accept);
        AuditReport report = audit.finish();
        assertThat(report.findings()).extracting(AuditFinding::kind).hasSizeGreaterThanOrEqualTo(2);

        ReportId first = store().accounts().saveReport(report, AT, event(plan));
        ReportId second = store().accounts().saveReport(report, AT.plusSeconds(60), event(plan));

        assertThat(store().accounts().report(first)).contains(new StoredReport(first, AT, report));
        assertThat(store().accounts().reports(account.id())).extracting(StoredReport::id).containsExactly(first, second);
        assertThat(store().accounts().report(ReportId.random())).isEmpty();
        assertThat(store().accounts().reports(AccountId.of("DP-NONE"))).isEmpty();
        assertThat(trail().entries(1, 10)).hasSize(4);
    }
}
