package org.supportplan.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.supportplan.domain.testdata.AccountFixtures.FIRST_PAYMENT;
import static org.supportplan.domain.testdata.AccountFixtures.THREE_CYCLES;
import static org.supportplan.domain.testdata.AccountFixtures.payment;
import static org.supportplan.domain.testdata.AccountFixtures.spend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.account.AuditFinding.Kind;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.plan.ItemId;
import org.supportplan.domain.plan.PaidPerson;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.Relationship;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.profile.Provenance;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.spend.BuiltInSpendRules;
import org.supportplan.domain.spend.FamilyPaymentRule;
import org.supportplan.domain.testdata.AccountFixtures;
import org.supportplan.domain.testdata.PlanFixtures;
import org.supportplan.domain.testdata.ProfileFixtures;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * Account audits by example, under both councils: the fixture plan pays a personal assistant 772.80 a
 * four-week cycle by a direct payment of 772.80; cycles run 4-31 January, 1-28 February and 1-28 March 2027.
 */
class AccountAuditTest {

    private static final CouncilProfile BURY = ProfileFixtures.bury();
    private static final CouncilProfile DERBYSHIRE = ProfileFixtures.derbyshire();
    private static final PaymentCycle JANUARY = new PaymentCycle(FIRST_PAYMENT, LocalDate.of(2027, 1, 31));
    private static final PaymentCycle FEBRUARY = new PaymentCycle(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28));
    private static final PaymentCycle MARCH = new PaymentCycle(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 28));

    /** A payment in on each cycle's first day, and the assistant's four weekly wages in each cycle: lines 2 to 16. */
    private static List<Transaction> cleanThreeCycles() {
        List<Transaction> rows = new ArrayList<>();
        long line = 2;
        for (PaymentCycle cycle : List.of(JANUARY, FEBRUARY, MARCH)) {
            rows.add(payment(line++, cycle.from()));
            for (int week = 0; week < 4; week++) {
                rows.add(spend(line++, cycle.from().plusDays(4 + 7L * week), "A. Patel", "193.20", "personal-assistant"));
            }
        }
        return rows;
    }

    private static AuditReport audit(CouncilProfile profile, List<SupportPlan> history, List<Transaction> rows) {
        AccountAudit audit = AccountAudit.start(AccountFixtures.account(), history, profile, THREE_CYCLES, Money.ZERO);
        rows.forEach(audit::accept);
        return audit.finish();
    }

    private static AuditReport audit(CouncilProfile profile, List<Transaction> rows) {
        return audit(profile, AccountFixtures.history(), rows);
    }

    private static List<Transaction> plus(List<Transaction> rows, Transaction... more) {
        List<Transaction> all = new ArrayList<>(rows);
        all.addAll(List.of(more));
        return all;
    }

    private static RuleSource sourceOf(CouncilProfile profile, RuleId rule) {
        return profile.spendRules().stream().filter(r -> r.id().equals(rule)).findFirst().orElseThrow().source();
    }

    @Test
    void anAccountSpentAsPlannedHasNoFindingsUnderEitherCouncil() {
        for (CouncilProfile council : List.of(BURY, DERBYSHIRE)) {
            AuditReport report = audit(council, cleanThreeCycles());

            assertThat(report.findings()).isEmpty();
            assertThat(report.clean()).isTrue();
            assertThat(report.totals()).isEqualTo(new AuditTotals(15, 15, 0, 0, Money.parse("2318.40"), Money.parse("2318.40"),
                    Money.ZERO, Money.ZERO, Money.ZERO, Money.parse("2318.40")));
            assertThat(report.closingBalance()).isEqualTo(Money.ZERO);
            assertThat(report.cycleAnchor()).isEqualTo(FIRST_PAYMENT);
            assertThat(report.monitoring()).isEqualTo(MonitoringLevel.STANDARD);
        }
    }

    @Test
    void aFoodShopIsProhibitedUnderBuryButOnlyUnplannedUnderDerbyshire() {
        List<Transaction> rows = plus(cleanThreeCycles(), spend(20, LocalDate.of(2027, 2, 10), "Corner Shop", "23.45", "food"));

        AuditReport bury = audit(BURY, rows);
        assertThat(bury.findings()).singleElement().isInstanceOfSatisfying(AuditFinding.ProhibitedSpend.class, f -> {
            assertThat(f.rule()).isEqualTo(BuiltInSpendRules.EVERYDAY_LIVING);
            assertThat(f.source()).isEqualTo(sourceOf(BURY, BuiltInSpendRules.EVERYDAY_LIVING));
            assertThat(f.cycle()).isEqualTo(FEBRUARY);
            assertThat(f.amount()).isEqualTo(Money.parse("23.45"));
            assertThat(f.transactions()).isEqualTo(1);
            assertThat(f.examples()).containsExactly(new TransactionRef(20, null));
            assertThat(f.message()).contains("spend.everyday-living-costs", "23.45", "2027-02-01 to 2027-02-28", "food or rent");
        });
        assertThat(bury.totals().refusedSpend()).isEqualTo(Money.parse("23.45"));
        assertThat(bury.totals().unplannedSpend()).isEqualTo(Money.ZERO);

        AuditReport derbyshire = audit(DERBYSHIRE, rows);
        assertThat(derbyshire.findings()).singleElement().isInstanceOfSatisfying(AuditFinding.UnplannedSpend.class, f -> {
            assertThat(f.rule()).isEqualTo(AuditRules.UNPLANNED_SPEND);
            assertThat(f.source()).isEqualTo(AuditRules.MATCHES_PLAN);
            assertThat(f.source().citation()).contains("Bury", "matches your support plan", "s.25(2)");
            assertThat(f.cycle()).isEqualTo(FEBRUARY);
            assertThat(f.amount()).isEqualTo(Money.parse("23.45"));
            assertThat(f.examples()).containsExactly(new TransactionRef(20, null));
        });
        assertThat(derbyshire.totals().unplannedSpend()).isEqualTo(Money.parse("23.45"));
    }

    @Test
    void gamblingIsProhibitedUnderBothCouncilsByCategoryOrByThePayeesName() {
        List<Transaction> rows = plus(cleanThreeCycles(),
                spend(20, LocalDate.of(2027, 1, 9), "Paddy's Betting Shop", "10.00", "gambling"),
                spend(21, LocalDate.of(2027, 3, 3), "Lucky Star Bingo", "5.50", null));
        for (CouncilProfile council : List.of(BURY, DERBYSHIRE)) {
            AuditReport report = audit(council, rows);

            assertThat(report.findings()).extracting(AuditFinding::kind, AuditFinding::rule, AuditFinding::from, AuditFinding::amount)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(Kind.PROHIBITED_SPEND, BuiltInSpendRules.GAMBLING, JANUARY.from(),
                                    Money.parse("10.00")),
                            org.assertj.core.groups.Tuple.tuple(Kind.PROHIBITED_SPEND, BuiltInSpendRules.GAMBLING, MARCH.from(),
                                    Money.parse("5.50")));
            assertThat(report.findings()).allSatisfy(f -> assertThat(f.source()).isEqualTo(sourceOf(council, BuiltInSpendRules.GAMBLING)));
        }
    }

    @Test
    void payingTheHusbandAsAssistantWithoutACouncilDecisionIsAPaymentToAForbiddenPerson() {
        List<SupportPlan> history = List.of(AccountFixtures.agreed(1, AccountFixtures.husbandAsAssistant(), AccountFixtures.SIGNED_OFF));
        List<Transaction> rows = List.of(payment(2, FIRST_PAYMENT),
                spend(3, LocalDate.of(2027, 1, 8), "  mr r EXAMPLE ", "193.20", "personal-assistant"),
                spend(4, LocalDate.of(2027, 1, 15), "Mr R Example", "193.20", "personal-assistant"),
                spend(5, LocalDate.of(2027, 1, 22), "Agency cover", "193.20", "personal-assistant"));
        for (CouncilProfile council : List.of(BURY, DERBYSHIRE)) {
            AuditReport report = audit(council, history, rows);

            assertThat(report.findings()).singleElement().isInstanceOfSatisfying(AuditFinding.PaymentToForbiddenPerson.class, f -> {
                assertThat(f.rule()).isEqualTo(FamilyPaymentRule.ID);
                assertThat(f.source()).isEqualTo(sourceOf(council, FamilyPaymentRule.ID));
                assertThat(f.items()).containsExactly(ItemId.of("i1"));
                assertThat(f.amount()).isEqualTo(Money.parse("386.40"));
                assertThat(f.transactions()).isEqualTo(2);
                assertThat(f.examples()).containsExactly(new TransactionRef(3, null), new TransactionRef(4, null));
                assertThat(f.cycle()).isEqualTo(JANUARY);
                assertThat(f.message()).contains("i1", "spend.family-payment", "spouse or partner");
            });
            // The agency's cover is planned spend; the refused payments are not counted against the plan.
            assertThat(report.totals().plannedSpend()).isEqualTo(Money.parse("193.20"));
            assertThat(report.totals().refusedSpend()).isEqualTo(Money.parse("386.40"));
        }
    }

    @Test
    void aRecordedCouncilDecisionAllowsPayingTheHusband() {
        SupportItem pa = AccountFixtures.husbandAsAssistant().supportItems().get(0);
        SupportItem allowed = new SupportItem(pa.id(), pa.description(), pa.provider(), pa.route(), pa.quantity(), pa.unit(),
                pa.unitCost(), pa.category(), pa.needs(), pa.outcomes(),
                new PaidPerson(Relationship.SPOUSE_OR_PARTNER, true, "DEC-2026-14"));
        List<SupportPlan> history = List.of(AccountFixtures.agreed(1, AccountFixtures.withItems(allowed, PlanFixtures.dayCentre()),
                AccountFixtures.SIGNED_OFF));

        AuditReport report = audit(BURY, history, List.of(payment(2, FIRST_PAYMENT),
                spend(3, LocalDate.of(2027, 1, 8), "Mr R Example", "193.20", "personal-assistant")));

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void spendAboveThePlanInOneCycleIsFoundInThatCycleOnly() {
        List<Transaction> rows = plus(cleanThreeCycles(), spend(20, LocalDate.of(2027, 2, 27), "A. Patel", "193.20", "personal-assistant"));
        for (CouncilProfile council : List.of(BURY, DERBYSHIRE)) {
            AuditReport report = audit(council, rows);

            assertThat(report.findings()).singleElement().isInstanceOfSatisfying(AuditFinding.SpendAbovePlan.class, f -> {
                assertThat(f.rule()).isEqualTo(AuditRules.SPEND_ABOVE_PLAN);
                assertThat(f.source()).isEqualTo(AuditRules.MATCHES_PLAN);
                assertThat(f.cycle()).isEqualTo(FEBRUARY);
                assertThat(f.planVersion()).isEqualTo(1);
                assertThat(f.category()).isEqualTo(SpendCategory.of("personal-assistant"));
                assertThat(f.items()).containsExactly(ItemId.of("i1"));
                assertThat(f.planned()).isEqualTo(Money.parse("772.80"));
                assertThat(f.spent()).isEqualTo(Money.parse("966.00"));
                assertThat(f.amount()).isEqualTo(Money.parse("193.20"));
                assertThat(f.transactions()).isEqualTo(5);
                assertThat(f.examples()).extracting(TransactionRef::line).containsExactly(8L, 9L, 10L, 11L, 20L);
                assertThat(f.message()).contains("966.00", "772.80", "193.20", "personal-assistant");
            });
        }
    }

    @Test
    void spendExactlyAsPlannedIsNotAboveIt() {
        assertThat(audit(BURY, cleanThreeCycles()).findings(Kind.SPEND_ABOVE_PLAN)).isEmpty();
    }

    @Test
    void aBalanceAboveEightWeeksOfPaymentsAtACyclesEndMayBeReclaimed() {
        // Three payments in and nothing spent: 772.80, then 1545.60 (exactly eight weeks, not above), then 2318.40.
        List<Transaction> rows = List.of(payment(2, JANUARY.from()), payment(3, FEBRUARY.from()), payment(4, MARCH.from()));
        for (CouncilProfile council : List.of(BURY, DERBYSHIRE)) {
            AuditReport report = audit(council, rows);

            assertThat(report.findings()).singleElement().isInstanceOfSatisfying(AuditFinding.UnspentBalance.class, f -> {
                assertThat(f.rule()).isEqualTo(AuditRules.UNSPENT_BALANCE);
                assertThat(f.source()).isEqualTo(council.unspentBalanceWeeks().source());
                assertThat(f.provenance()).isEqualTo(Provenance.NATIONAL_DEFAULT);
                assertThat(f.cycle()).isEqualTo(MARCH);
                assertThat(f.checkedOn()).isEqualTo(LocalDate.of(2027, 3, 28));
                assertThat(f.weeks()).isEqualTo(Quantity.of(8));
                assertThat(f.threshold()).isEqualTo(Money.parse("1545.60"));
                assertThat(f.balance()).isEqualTo(Money.parse("2318.40"));
                assertThat(f.amount()).isEqualTo(Money.parse("772.80"));
                assertThat(f.transactions()).isZero();
                assertThat(f.message()).contains("2318.40", "1545.60", "772.80", "national default");
            });
            assertThat(report.closingBalance()).isEqualTo(Money.parse("2318.40"));
        }
    }

    @Test
    void theOpeningBalanceCountsTowardsTheUnspentBalance() {
        AccountAudit audit = AccountAudit.start(AccountFixtures.account(), AccountFixtures.history(), BURY, THREE_CYCLES,
                Money.parse("1545.61"));
        AuditReport report = audit.finish();

        assertThat(report.findings()).hasSize(3).allSatisfy(f -> assertThat(f.amount()).isEqualTo(Money.parse("0.01")));
        assertThat(report.closingBalance()).isEqualTo(Money.parse("1545.61"));
    }

    @Test
    void spendBeforeTheFirstSignOffMatchesNothing() {
        Instant february = Instant.parse("2027-02-01T09:00:00Z");
        List<SupportPlan> history = List.of(AccountFixtures.agreed(1, PlanFixtures.completeContent(), february));

        AuditReport report = audit(DERBYSHIRE, history, cleanThreeCycles());

        assertThat(report.findings()).singleElement().isInstanceOfSatisfying(AuditFinding.UnplannedSpend.class, f -> {
            assertThat(f.cycle()).isEqualTo(JANUARY);
            assertThat(f.transactions()).isEqualTo(4);
            assertThat(f.amount()).isEqualTo(Money.parse("772.80"));
        });
    }

    @Test
    void eachTransactionIsMatchedToTheVersionInForceOnItsDate() {
        // Version 2, signed off on 15 February, pays the assistant 12 hours a week: 220.80 a week, 883.20 a cycle.
        SupportItem pa = PlanFixtures.personalAssistant();
        SupportItem more = new SupportItem(pa.id(), pa.description(), pa.provider(), pa.route(), Quantity.of(12), pa.unit(),
                pa.unitCost(), pa.category(), pa.needs(), pa.outcomes(), pa.paidPerson());
        PlanContent v2 = AccountFixtures.withItems(more, PlanFixtures.dayCentre());
        List<SupportPlan> history = List.of(AccountFixtures.agreed(2, v2, Instant.parse("2027-02-15T12:00:00Z")),
                AccountFixtures.agreed(1, PlanFixtures.completeContent(), AccountFixtures.SIGNED_OFF));
        List<Transaction> rows = List.of(
                spend(2, LocalDate.of(2027, 1, 10), "A. Patel", "883.20", "personal-assistant"),
                spend(3, LocalDate.of(2027, 3, 10), "A. Patel", "883.20", "personal-assistant"));

        AuditReport report = audit(BURY, history, rows);

        assertThat(report.findings()).singleElement().isInstanceOfSatisfying(AuditFinding.SpendAbovePlan.class, f -> {
            assertThat(f.cycle()).isEqualTo(JANUARY);
            assertThat(f.planVersion()).isEqualTo(1);
            assertThat(f.amount()).isEqualTo(Money.parse("110.40"));
        });
    }

    @Test
    void anUncategorisedTransactionMatchesThePlanByItsPayeeBeingTheProvider() {
        List<Transaction> rows = List.of(payment(2, FIRST_PAYMENT),
                spend(3, LocalDate.of(2027, 1, 8), "personal assistant employed by the person", "193.20", null),
                spend(4, LocalDate.of(2027, 1, 9), "Somebody", "12.00", null));

        AuditReport report = audit(DERBYSHIRE, rows);

        assertThat(report.totals().plannedSpend()).isEqualTo(Money.parse("193.20"));
        assertThat(report.findings()).singleElement().isInstanceOfSatisfying(AuditFinding.UnplannedSpend.class,
                f -> assertThat(f.examples()).containsExactly(new TransactionRef(4, null)));
    }

    @Test
    void aCategorisedTransactionIsMatchedByCategoryNotByPayee() {
        // Lunch at the assistant's agency is not the assistant's wages.
        AuditReport report = audit(DERBYSHIRE, List.of(spend(3, LocalDate.of(2027, 1, 8), AccountFixtures.PA_PROVIDER, "9.00", "leisure")));

        assertThat(report.findings(Kind.UNPLANNED_SPEND)).hasSize(1);
    }

    @Test
    void spendOnACouncilManagedItemFromTheDirectPaymentIsUnplanned() {
        AuditReport report = audit(DERBYSHIRE, List.of(spend(3, LocalDate.of(2027, 1, 8), "Riverside Day Centre", "42.00", "day-service")));

        assertThat(report.findings()).singleElement().extracting(AuditFinding::kind).isEqualTo(Kind.UNPLANNED_SPEND);
    }

    @Test
    void aOneOffItemCountsOnceInThePeriod() {
        List<SupportPlan> history = List.of(AccountFixtures.agreed(1, AccountFixtures.withOneOff("equipment", "450.00"),
                AccountFixtures.SIGNED_OFF));

        AuditReport once = audit(BURY, history, List.of(spend(3, LocalDate.of(2027, 1, 8), "Mobility shop", "450.00", "equipment")));
        assertThat(once.findings()).isEmpty();

        AuditReport twice = audit(BURY, history, List.of(spend(3, LocalDate.of(2027, 1, 8), "Mobility shop", "300.00", "equipment"),
                spend(4, LocalDate.of(2027, 3, 8), "Mobility shop", "300.00", "equipment")));
        assertThat(twice.findings()).singleElement().isInstanceOfSatisfying(AuditFinding.OneOffSpendAbovePlan.class, f -> {
            assertThat(f.kind()).isEqualTo(Kind.SPEND_ABOVE_PLAN);
            assertThat(f.period()).isEqualTo(THREE_CYCLES);
            assertThat(f.from()).isEqualTo(THREE_CYCLES.from());
            assertThat(f.planned()).isEqualTo(Money.parse("450.00"));
            assertThat(f.amount()).isEqualTo(Money.parse("150.00"));
            assertThat(f.items()).containsExactly(ItemId.of("i3"));
            assertThat(f.transactions()).isEqualTo(2);
        });
    }

    @Test
    void aYearlyMembershipPaidInOneGoIsNotSpendAboveThePlan() {
        org.supportplan.domain.plan.SupportItem membership = new org.supportplan.domain.plan.SupportItem(
                org.supportplan.domain.plan.ItemId.of("i3"), "Football club membership", "Town Football Club",
                org.supportplan.domain.plan.PaymentRoute.DIRECT_PAYMENT, org.supportplan.domain.money.Quantity.of(1),
                org.supportplan.domain.plan.SupportUnit.ITEMS_PER_YEAR, Money.parse("120.00"),
                org.supportplan.domain.plan.SpendCategory.of("community-activity"), java.util.Set.of(PlanFixtures.COMMUNITY),
                java.util.Set.of(), null);
        List<SupportPlan> history = List.of(AccountFixtures.agreed(1, AccountFixtures.withItems(PlanFixtures.personalAssistant(),
                PlanFixtures.dayCentre(), membership), AccountFixtures.SIGNED_OFF));

        AuditReport paidOnce = audit(BURY, history, List.of(spend(3, LocalDate.of(2027, 1, 8), "Town Football Club", "120.00",
                "community-activity")));
        assertThat(paidOnce.findings()).isEmpty();

        AuditReport paidTwice = audit(BURY, history, List.of(
                spend(3, LocalDate.of(2027, 1, 8), "Town Football Club", "120.00", "community-activity"),
                spend(4, LocalDate.of(2027, 2, 8), "Town Football Club", "120.00", "community-activity")));
        assertThat(paidTwice.findings()).singleElement().isInstanceOfSatisfying(AuditFinding.OneOffSpendAbovePlan.class,
                f -> assertThat(f.amount()).isEqualTo(Money.parse("120.00")));
    }

    @Test
    void rejectedRowsAndTransactionsOutsideThePeriodAreCountedNotDropped() {
        AccountAudit audit = AccountAudit.start(AccountFixtures.account(), AccountFixtures.history(), BURY, THREE_CYCLES, Money.ZERO);
        audit.accept(spend(2, LocalDate.of(2026, 12, 20), "Corner Shop", "40.00", "food"));
        audit.reject(3, "amount: \"12,50\" is not an amount such as -45.00 [transactions-csv.amount-format]");
        audit.accept(payment(4, FIRST_PAYMENT));

        AuditReport report = audit.finish();

        assertThat(report.totals()).isEqualTo(new AuditTotals(3, 1, 1, 1, Money.parse("772.80"), Money.ZERO, Money.parse("772.80"),
                Money.ZERO, Money.ZERO, Money.ZERO));
        assertThat(report.rejected()).containsExactly(new RejectedRow(3, "amount: \"12,50\" is not an amount such as -45.00 "
                + "[transactions-csv.amount-format]"));
        assertThat(report.outsidePeriod()).containsExactly(new TransactionRef(2, null));
        assertThat(report.incomplete()).isTrue();
        assertThat(report.clean()).isFalse();
        // The food before the period is not audited.
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void aFindingKeepsTheEarliestTwentyExamplesAndCountsEveryTransaction() {
        AccountAudit audit = AccountAudit.start(AccountFixtures.account(), AccountFixtures.history(), BURY, THREE_CYCLES, Money.ZERO);
        for (int line = 40; line >= 2; line--) {
            audit.accept(spend(line, LocalDate.of(2027, 1, 5), "Bookmaker", "1.00", "gambling"));
        }
        for (int line = 100; line > 70; line--) {
            audit.reject(line, "date: is required");
        }

        AuditReport report = audit.finish();

        AuditFinding gambling = report.findings().get(0);
        assertThat(gambling.transactions()).isEqualTo(39);
        assertThat(gambling.amount()).isEqualTo(Money.parse("39.00"));
        assertThat(gambling.examples()).extracting(TransactionRef::line)
                .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L, 21L);
        assertThat(report.totals().rejected()).isEqualTo(30);
        assertThat(report.rejected()).hasSize(AccountAudit.MAX_EXAMPLES).first().extracting(RejectedRow::line).isEqualTo(71L);
    }

    @Test
    void findingsAreReportedCycleByCycle() {
        List<Transaction> rows = List.of(payment(2, JANUARY.from()), payment(3, FEBRUARY.from()), payment(4, MARCH.from()),
                spend(5, LocalDate.of(2027, 3, 2), "Corner Shop", "3.00", "food"),
                spend(6, LocalDate.of(2027, 1, 2 + 3), "Bookmaker", "3.00", "gambling"),
                spend(7, LocalDate.of(2027, 1, 6), "Corner Shop", "4.00", "food"));

        AuditReport report = audit(BURY, rows);

        assertThat(report.findings()).extracting(AuditFinding::from, AuditFinding::kind, AuditFinding::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple(JANUARY.from(), Kind.PROHIBITED_SPEND, BuiltInSpendRules.EVERYDAY_LIVING),
                org.assertj.core.groups.Tuple.tuple(JANUARY.from(), Kind.PROHIBITED_SPEND, BuiltInSpendRules.GAMBLING),
                org.assertj.core.groups.Tuple.tuple(MARCH.from(), Kind.PROHIBITED_SPEND, BuiltInSpendRules.EVERYDAY_LIVING),
                org.assertj.core.groups.Tuple.tuple(MARCH.from(), Kind.UNSPENT_BALANCE, AuditRules.UNSPENT_BALANCE));
    }

    @Test
    void withoutAKnownFirstPaymentCyclesAreCountedFromThePeriodsStart() {
        LocalDate from = LocalDate.of(2027, 1, 10);
        AccountAudit audit = AccountAudit.start(AccountFixtures.account(null), AccountFixtures.history(), BURY,
                AuditPeriod.of(from, from.plusDays(40)), Money.ZERO);
        audit.accept(spend(2, from.plusDays(30), "Corner Shop", "1.00", "food"));

        AuditReport report = audit.finish();

        assertThat(report.cycleAnchor()).isEqualTo(from);
        assertThat(report.findings()).singleElement().extracting(AuditFinding::from).isEqualTo(from.plusDays(28));
    }

    @Test
    void aPartCycleAtThePeriodsEndIsNotCheckedForAnUnspentBalance() {
        AccountAudit audit = AccountAudit.start(AccountFixtures.account(), AccountFixtures.history(), BURY,
                AuditPeriod.of(FIRST_PAYMENT, FIRST_PAYMENT.plusDays(30)), Money.parse("5000.00"));

        AuditReport report = audit.finish();

        assertThat(report.findings()).singleElement().extracting(AuditFinding::from).isEqualTo(FIRST_PAYMENT);
    }

    @Test
    void anAuditFinishesOnce() {
        AccountAudit audit = AccountAudit.start(AccountFixtures.account(), AccountFixtures.history(), BURY, THREE_CYCLES, Money.ZERO);
        audit.finish();

        assertThatThrownBy(audit::finish).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> audit.accept(payment(2, FIRST_PAYMENT))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> audit.reject(2, "x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theHistoryMustBeOfTheAccountsPlan() {
        SupportPlan other = SupportPlan.restore(PlanId.random(), 1, PlanFixtures.aDraftPlan().person(), PlanFixtures.aDraftPlan().council(),
                org.supportplan.domain.plan.PlanStatus.DRAFT, PlanFixtures.CREATED_AT, PlanFixtures.completeContent(), List.of(), null,
                null, null);

        assertThatThrownBy(() -> AccountAudit.start(AccountFixtures.account(), List.of(other), BURY, THREE_CYCLES, Money.ZERO))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("audit.plan-matches-account");
                    assertThat(e.field()).isEqualTo("history");
                });
    }
}
