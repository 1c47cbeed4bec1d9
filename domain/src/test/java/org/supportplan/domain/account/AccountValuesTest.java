package org.supportplan.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.testdata.AccountFixtures;
import org.supportplan.domain.validation.InvalidValueException;

/** The account's value objects validate themselves and name the rule they break. */
class AccountValuesTest {

    private static final LocalDate DAY = LocalDate.of(2027, 1, 8);

    private static void refused(Runnable construction, String field, String rule) {
        assertThatThrownBy(construction::run).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.ruleId()).isEqualTo(rule);
        });
    }

    @Test
    void aTransactionIsSignedAndKeptTrimmed() {
        Transaction out = new Transaction(7, "  TX-1 ", DAY, "  Corner Shop ", Money.parse("-4.50"), null, "  ");

        assertThat(out.payee()).isEqualTo("Corner Shop");
        assertThat(out.reference()).isEqualTo("TX-1");
        assertThat(out.description()).isEmpty();
        assertThat(out.category()).isEqualTo(Transaction.UNCATEGORISED);
        assertThat(out.isCategorised()).isFalse();
        assertThat(out.isMoneyOut()).isTrue();
        assertThat(out.ref()).isEqualTo(new TransactionRef(7, "TX-1"));
        assertThat(Transaction.of(8, DAY, "Council", Money.parse("772.80"), SpendCategory.of("food"), null).isMoneyOut()).isFalse();
    }

    @Test
    void aTransactionNeedsAPayeeADateAnAmountAndAWayToFindIt() {
        refused(() -> new Transaction(7, null, DAY, " ", Money.ZERO, null, null), "payee", "text.not-blank");
        refused(() -> new Transaction(7, null, null, "Shop", Money.ZERO, null, null), "date", "value.required");
        refused(() -> new Transaction(7, null, DAY, "Shop", null, null, null), "amount", "value.required");
        refused(() -> new Transaction(0, " ", DAY, "Shop", Money.ZERO, null, null), "reference", "transaction.traceable");
        refused(() -> new Transaction(-1, "R", DAY, "Shop", Money.ZERO, null, null), "line", "transaction.line-positive");
        refused(() -> new Transaction(7, null, DAY, "x".repeat(201), Money.ZERO, null, null), "payee", "text.max-length");
        assertThat(new Transaction(0, "TX-9", DAY, "Shop", Money.ZERO, null, null).ref()).hasToString("ref TX-9");
    }

    @Test
    void referencesOrderByLineThenReference() {
        List<TransactionRef> refs = new java.util.ArrayList<>(List.of(new TransactionRef(3, "B"), new TransactionRef(0, "A"),
                new TransactionRef(3, null), new TransactionRef(2, "Z")));
        java.util.Collections.sort(refs);

        assertThat(refs).containsExactly(new TransactionRef(0, "A"), new TransactionRef(2, "Z"), new TransactionRef(3, null),
                new TransactionRef(3, "B"));
        assertThat(new TransactionRef(3, "B")).hasToString("line 3 (ref B)");
        assertThat(new TransactionRef(3, null)).hasToString("line 3");
    }

    @Test
    void theDefaultMonitoringLevelsAreMarkedAsSupportplansOwn() {
        assertThat(MonitoringLevel.defaults()).extracting(MonitoringLevel::id).containsExactly("light", "standard", "enhanced");
        assertThat(MonitoringLevel.defaults()).extracting(MonitoringLevel::auditIntervalMonths).containsExactly(12, 6, 3);
        assertThat(MonitoringLevel.defaults()).allSatisfy(level -> {
            assertThat(level.source().kind()).isEqualTo(RuleSource.Kind.SUPPORTPLAN_DEFAULT);
            assertThat(level.evidence()).contains(Evidence.BANK_STATEMENTS);
        });
        assertThat(MonitoringLevel.ENHANCED.evidence()).containsExactlyInAnyOrder(Evidence.values());
        assertThat(MonitoringLevel.LIGHT.evidence()).containsExactly(Evidence.BANK_STATEMENTS);
    }

    @Test
    void aMonitoringLevelFixesTheAuditPeriod() {
        assertThat(MonitoringLevel.STANDARD.periodFrom(LocalDate.of(2027, 1, 4)))
                .isEqualTo(AuditPeriod.of(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 7, 3)));
        assertThat(AccountFixtures.account().auditPeriodFrom(LocalDate.of(2027, 1, 1)))
                .isEqualTo(AuditPeriod.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30)));
    }

    @Test
    void aMonitoringLevelIsValidated() {
        RuleSource policy = RuleSource.of(RuleSource.Kind.COUNCIL_POLICY, "Testshire DP monitoring policy 2027");
        refused(() -> new MonitoringLevel("Standard", 6, EnumSet.of(Evidence.RECEIPTS), policy), "id", "monitoring-level.id-format");
        refused(() -> new MonitoringLevel("weekly", 0, EnumSet.of(Evidence.RECEIPTS), policy), "auditIntervalMonths",
                "monitoring-level.interval");
        refused(() -> new MonitoringLevel("none", 6, Set.of(), policy), "evidence", "monitoring-level.evidence");
        assertThat(new MonitoringLevel("council-high", 2, Set.of(Evidence.TIMESHEETS), policy).source()).isEqualTo(policy);
    }

    @Test
    void theAssessmentCitesDerbyshiresPage() {
        MonitoringAssessment assessment = MonitoringAssessment.of(MonitoringLevel.ENHANCED, DAY, " CM-0042 ");

        assertThat(assessment.assessedBy()).isEqualTo("CM-0042");
        assertThat(assessment.source().kind()).isEqualTo(RuleSource.Kind.COUNCIL_PAGE);
        assertThat(assessment.source().citation()).contains("Derbyshire", "additional assessment", "monitoring and financial audit");
    }

    @Test
    void anAuditPeriodRunsForwardForAtMostTenYears() {
        refused(() -> AuditPeriod.of(DAY, DAY.minusDays(1)), "to", "audit-period.order");
        refused(() -> AuditPeriod.of(DAY, DAY.plusDays(AuditPeriod.MAX_DAYS)), "to", "audit-period.length");
        assertThat(AuditPeriod.of(DAY, DAY.plusDays(AuditPeriod.MAX_DAYS - 1)).days()).isEqualTo(AuditPeriod.MAX_DAYS);
        assertThat(AuditPeriod.of(DAY, DAY).contains(DAY)).isTrue();
    }

    @Test
    void cyclesAreCountedFromTheAnchorEitherWay() {
        LocalDate anchor = LocalDate.of(2027, 1, 4);

        assertThat(PaymentCycle.containing(anchor, anchor)).isEqualTo(new PaymentCycle(anchor, LocalDate.of(2027, 1, 31)));
        assertThat(PaymentCycle.containing(LocalDate.of(2027, 2, 1), anchor).from()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(PaymentCycle.containing(LocalDate.of(2027, 1, 3), anchor))
                .isEqualTo(new PaymentCycle(LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 3)));
        refused(() -> new PaymentCycle(anchor, anchor.plusDays(28)), "to", "payment-cycle.length");
    }

    @Test
    void anAccountIdIsAShortCode() {
        refused(() -> AccountId.of("DP 1"), "accountId", "account-id.format");
        assertThat(AccountId.of("DP-100234")).hasToString("DP-100234");
    }
}
