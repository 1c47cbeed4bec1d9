package org.supportplan.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.supportplan.application.audit.Actor;
import org.supportplan.application.audit.AuditAction;
import org.supportplan.application.port.in.AccountUseCase.AccountOutcome;
import org.supportplan.application.port.in.AccountUseCase.AuditOutcome;
import org.supportplan.application.port.in.AccountUseCase.FileAuditOutcome;
import org.supportplan.application.port.in.AccountUseCase.ImportOutcome;
import org.supportplan.application.port.in.AccountUseCase.OpenAccountCommand;
import org.supportplan.application.port.in.TransactionSource;
import org.supportplan.application.port.out.CouncilProfiles;
import org.supportplan.application.testdata.InMemoryStore;
import org.supportplan.domain.account.AccountId;
import org.supportplan.domain.account.AuditFinding;
import org.supportplan.domain.account.AuditPeriod;
import org.supportplan.domain.account.Transaction;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.testdata.AccountFixtures;
import org.supportplan.domain.testdata.PlanFixtures;
import org.supportplan.domain.testdata.ProfileFixtures;

class AccountServiceTest {

    private static final Actor FINANCE = Actor.of("FIN-007");
    private static final AccountId ACCOUNT = AccountId.of("DP-100234");
    private static final LocalDate FIRST = AccountFixtures.FIRST_PAYMENT;

    private final InMemoryStore store = new InMemoryStore();
    private final CouncilProfiles profiles = new CouncilProfiles() {
        @Override
        public List<CouncilProfile> all() {
            return List.of(ProfileFixtures.bury(), ProfileFixtures.derbyshire());
        }

        @Override
        public Optional<CouncilProfile> find(CouncilId council) {
            return all().stream().filter(p -> p.id().equals(council)).findFirst();
        }
    };
    private final AccountService accounts = new AccountService(store.plans(), store.accounts(), store.auditTrail(), profiles,
            Clock.fixed(Instant.parse("2027-04-01T09:00:00Z"), ZoneOffset.UTC));

    private PlanId agreedPlan() {
        AccountFixtures.history().forEach(store::put);
        return PlanFixtures.PLAN_ID;
    }

    private static TransactionSource rows(List<Transaction> transactions, long... rejectedLines) {
        return sink -> {
            transactions.forEach(sink::accept);
            for (long line : rejectedLines) {
                sink.reject(line, "amount: \"12,50\" is not an amount [transactions-csv.amount-format]");
            }
            return new TransactionSource.Outcome.Read(transactions.size() + rejectedLines.length);
        };
    }

    private static List<Transaction> threeCyclesWithAFoodShop() {
        return List.of(AccountFixtures.payment(2, FIRST), AccountFixtures.spend(3, FIRST.plusDays(3), "Personal assistant", "193.20",
                "personal-assistant"), AccountFixtures.spend(4, FIRST.plusDays(5), "Corner Shop", "40.00", "food"));
    }

    @Test
    void anAccountIsOpenedForAPlanWithADirectPaymentAtTheAssessedMonitoringLevel() {
        PlanId plan = agreedPlan();

        AccountOutcome opened = accounts.open(new OpenAccountCommand(plan, ACCOUNT, "enhanced", LocalDate.of(2026, 11, 20), "CM-0042"),
                FINANCE);

        assertThat(opened).isInstanceOfSatisfying(AccountOutcome.Done.class,
                done -> assertThat(done.account().monitoring().level().auditIntervalMonths()).isEqualTo(3));
        assertThat(accounts.open(new OpenAccountCommand(plan, ACCOUNT, "standard", LocalDate.of(2026, 11, 20), "CM-0042"), FINANCE))
                .isInstanceOfSatisfying(AccountOutcome.Refused.class, r -> assertThat(r.rule().value()).isEqualTo("account.unique-id"));
        assertThat(accounts.open(new OpenAccountCommand(plan, AccountId.of("DP-2"), "platinum", LocalDate.of(2026, 11, 20), "CM-0042"),
                FINANCE)).isInstanceOfSatisfying(AccountOutcome.Refused.class,
                        r -> assertThat(r.reason()).contains("light, standard, enhanced"));
        assertThat(store.entries()).extracting(e -> e.event().action()).containsExactly(AuditAction.ACCOUNT_OPENED);
    }

    @Test
    void anImportStoresEveryReadableRowReportsEachBadOneAndSetsTheFirstPayment() {
        accounts.open(new OpenAccountCommand(agreedPlan(), ACCOUNT, "standard", LocalDate.of(2026, 11, 20), "CM-0042"), FINANCE);

        ImportOutcome imported = accounts.importTransactions(ACCOUNT, rows(threeCyclesWithAFoodShop(), 7), "a".repeat(64), FINANCE);

        assertThat(imported).isInstanceOfSatisfying(ImportOutcome.Imported.class, done -> {
            assertThat(done.record().counts().accepted()).isEqualTo(3);
            assertThat(done.record().counts().rejected()).isEqualTo(1);
            assertThat(done.rejected()).singleElement().satisfies(row -> assertThat(row.line()).isEqualTo(7));
        });
        assertThat(accounts.account(ACCOUNT).orElseThrow().firstPaymentDate()).contains(FIRST);
        assertThat(accounts.importTransactions(ACCOUNT, rows(threeCyclesWithAFoodShop()), "a".repeat(64), FINANCE))
                .isInstanceOf(ImportOutcome.AlreadyImported.class);
        assertThat(accounts.importTransactions(ACCOUNT, sink -> new TransactionSource.Outcome.Unreadable("line 1: no header"),
                "b".repeat(64), FINANCE)).isEqualTo(new ImportOutcome.Unreadable("line 1: no header"));
        assertThat(accounts.importTransactions(AccountId.of("DP-none"), rows(List.of()), "c".repeat(64), FINANCE))
                .isInstanceOf(ImportOutcome.NotFound.class);
    }

    @Test
    void anAuditOfTheStoredTransactionsIsStoredAndReadBackWithTheReadRecorded() {
        accounts.open(new OpenAccountCommand(agreedPlan(), ACCOUNT, "standard", LocalDate.of(2026, 11, 20), "CM-0042"), FINANCE);
        accounts.importTransactions(ACCOUNT, rows(threeCyclesWithAFoodShop()), "a".repeat(64), FINANCE);

        AuditOutcome audited = accounts.audit(ACCOUNT, Optional.of(AccountFixtures.THREE_CYCLES), FINANCE);

        assertThat(audited).isInstanceOfSatisfying(AuditOutcome.Audited.class, done -> {
            // The fixture plan is Derbyshire's: food is not forbidden there, but nothing in the plan buys it.
            assertThat(done.report().report().findings()).extracting(AuditFinding::kind).contains(AuditFinding.Kind.UNPLANNED_SPEND);
            assertThat(done.report().report().totals().moneyOut().format()).isEqualTo("233.20");
            assertThat(accounts.report(done.report().id(), FINANCE)).contains(done.report());
        });
        assertThat(accounts.reports(ACCOUNT, FINANCE)).hasSize(1);
        assertThat(store.entries()).extracting(e -> e.event().action()).contains(AuditAction.ACCOUNT_AUDITED,
                AuditAction.AUDIT_REPORT_READ);
    }

    @Test
    void theOpeningBalanceIsWhatTheAccountHeldBeforeThePeriod() {
        accounts.open(new OpenAccountCommand(agreedPlan(), ACCOUNT, "standard", LocalDate.of(2026, 11, 20), "CM-0042"), FINANCE);
        accounts.importTransactions(ACCOUNT, rows(threeCyclesWithAFoodShop()), "a".repeat(64), FINANCE);
        AuditPeriod later = AuditPeriod.of(FIRST.plusDays(28), FIRST.plusDays(55));

        AuditOutcome.Audited audited = (AuditOutcome.Audited) accounts.audit(ACCOUNT, Optional.of(later), FINANCE);

        assertThat(audited.report().report().openingBalance().format()).isEqualTo("539.60");
    }

    @Test
    void aFileIsAuditedAgainstAPlanFileOverTheDatesItHolds() {
        FileAuditOutcome outcome = accounts.auditFile(PlanFixtures.completeContent(), CouncilId.of("bury"),
                rows(threeCyclesWithAFoodShop(), 9), Optional.empty());

        assertThat(outcome).isInstanceOfSatisfying(FileAuditOutcome.Audited.class, done -> {
            assertThat(done.report().period()).isEqualTo(AuditPeriod.of(FIRST, FIRST.plusDays(5)));
            assertThat(done.report().findings()).extracting(AuditFinding::rule).extracting(Object::toString)
                    .contains("spend.everyday-living-costs");
            assertThat(done.report().totals().rejected()).isEqualTo(1);
        });
        assertThat(accounts.auditFile(PlanFixtures.completeContent(), CouncilId.of("bury"), rows(List.of()), Optional.empty()))
                .isInstanceOf(FileAuditOutcome.Unreadable.class);
        assertThat(accounts.auditFile(PlanFixtures.completeContent(), CouncilId.of("kent"), rows(List.of()), Optional.empty()))
                .isInstanceOf(FileAuditOutcome.NotFound.class);
    }

    @Test
    void aFileIsAuditedAgainstAStoredPlansVersionsInForceAndTheReadIsRecorded() {
        PlanId plan = agreedPlan();

        FileAuditOutcome outcome = accounts.auditFile(plan, rows(threeCyclesWithAFoodShop()), Optional.of(AccountFixtures.THREE_CYCLES),
                FINANCE);

        assertThat(outcome).isInstanceOf(FileAuditOutcome.Audited.class);
        assertThat(store.entries()).extracting(e -> e.event().action()).containsExactly(AuditAction.PLAN_READ);
    }
}
