package org.supportplan.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.testdata.AccountFixtures;
import org.supportplan.domain.testdata.AccountGenerators;
import org.supportplan.domain.testdata.PlanFixtures;
import org.supportplan.domain.testdata.ProfileFixtures;

/** Audits started from one {@link CouncilAudits} share what the spend rules decided, and report exactly what separate audits do. */
class CouncilAuditsTest {

    private static final AuditPeriod PERIOD = AccountFixtures.THREE_CYCLES;

    private static DirectPaymentAccount account(String id) {
        return new DirectPaymentAccount(AccountId.of(id), PlanFixtures.PLAN_ID, AccountFixtures.account().monitoring(),
                AccountFixtures.FIRST_PAYMENT);
    }

    private static List<SupportPlan> history(int account) {
        // Every other account pays the husband, so one payee is forbidden for some accounts and not for others.
        return account % 2 == 0 ? AccountFixtures.history()
                : List.of(AccountFixtures.agreed(1, AccountFixtures.husbandAsAssistant(), AccountFixtures.SIGNED_OFF));
    }

    @Test
    void interleavedAuditsOfSeveralAccountsReportWhatSeparateAuditsReport() {
        CouncilProfile bury = ProfileFixtures.bury();
        qt().withExamples(200).forAll(AccountGenerators.transactions(PERIOD, 300)).checkAssert(rows -> {
            CouncilAudits shared = CouncilAudits.under(bury);
            List<AccountAudit> together = new ArrayList<>();
            List<AccountAudit> apart = new ArrayList<>();
            for (int a = 0; a < 3; a++) {
                together.add(shared.start(account("DP-" + a), history(a), PERIOD, Money.ZERO));
                apart.add(AccountAudit.start(account("DP-" + a), history(a), bury, PERIOD, Money.ZERO));
            }
            for (int i = 0; i < rows.size(); i++) {
                together.get(i % 3).accept(rows.get(i));
            }
            for (int a = 0; a < 3; a++) {
                for (int i = a; i < rows.size(); i += 3) {
                    apart.get(a).accept(rows.get(i));
                }
            }
            for (int a = 0; a < 3; a++) {
                assertThat(together.get(a).finish()).isEqualTo(apart.get(a).finish());
            }
        });
    }

    @Test
    void auditsFedOnSeveralThreadsReportWhatTheyReportOneAfterAnother() throws Exception {
        CouncilProfile derbyshire = ProfileFixtures.derbyshire();
        List<List<Transaction>> files = new ArrayList<>();
        for (int a = 0; a < 8; a++) {
            List<Transaction> rows = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                String payee = AccountGenerators.PAYEES.get((i * 7 + a) % AccountGenerators.PAYEES.size());
                String category = AccountGenerators.CATEGORIES.get((i * 5 + a) % AccountGenerators.CATEGORIES.size());
                rows.add(AccountFixtures.spend(i + 2, PERIOD.from().plusDays(i % 84), payee, "1." + (i % 90 + 10),
                        "uncategorised".equals(category) ? null : category));
            }
            files.add(rows);
        }
        List<AuditReport> oneAfterAnother = new ArrayList<>();
        for (int a = 0; a < files.size(); a++) {
            AccountAudit audit = AccountAudit.start(account("DP-" + a), history(a), derbyshire, PERIOD, Money.ZERO);
            files.get(a).forEach(audit::accept);
            oneAfterAnother.add(audit.finish());
        }

        CouncilAudits shared = CouncilAudits.under(derbyshire);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<AuditReport>> reports = new ArrayList<>();
            for (int a = 0; a < files.size(); a++) {
                int account = a;
                reports.add(threads.submit(() -> {
                    AccountAudit audit = shared.start(account("DP-" + account), history(account), PERIOD, Money.ZERO);
                    files.get(account).forEach(audit::accept);
                    return audit.finish();
                }));
            }
            for (int a = 0; a < files.size(); a++) {
                assertThat(reports.get(a).get()).isEqualTo(oneAfterAnother.get(a));
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(oneAfterAnother.get(1).findings(AuditFinding.Kind.PAYMENT_TO_FORBIDDEN_PERSON)).isNotEmpty();
        assertThat(oneAfterAnother.get(0).findings(AuditFinding.Kind.PAYMENT_TO_FORBIDDEN_PERSON)).isEmpty();
    }
}
