package org.supportplan.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.account.AuditFinding.Kind;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.plan.ItemId;
import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.plan.SupportUnit;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.spend.CategoryRule;
import org.supportplan.domain.spend.SpendRule;
import org.supportplan.domain.testdata.AccountFixtures;
import org.supportplan.domain.testdata.AccountGenerators;
import org.supportplan.domain.testdata.PlanFixtures;
import org.supportplan.domain.testdata.ProfileFixtures;

/**
 * The audit over generated transactions, under both councils and a plan history of two versions (the first
 * signed off in the middle of the first cycle and paying the person's husband; the second adding a weekly
 * leisure item): totals are the sums of what was read, the order of the rows does not matter, auditing a
 * period in parts split at cycle boundaries finds what auditing it whole finds, and the state kept is
 * bounded however many rows are read.
 */
class AccountAuditPropertiesTest {

    private static final List<Supplier<CouncilProfile>> COUNCILS = List.of(ProfileFixtures::bury, ProfileFixtures::derbyshire);
    private static final int CYCLES = 6;
    private static final AuditPeriod PERIOD = AuditPeriod.of(AccountFixtures.FIRST_PAYMENT,
            AccountFixtures.FIRST_PAYMENT.plusDays(CYCLES * 28L - 1));

    private static List<SupportPlan> history() {
        SupportItem leisure = new SupportItem(ItemId.of("i4"), "Swimming club", "Leisure centre", PaymentRoute.DIRECT_PAYMENT,
                Quantity.of(1), SupportUnit.PER_WEEK, Money.parse("15.00"), SpendCategory.of("leisure"), java.util.Set.of(PlanFixtures.COMMUNITY),
                java.util.Set.of(), null);
        return List.of(
                AccountFixtures.agreed(1, AccountFixtures.husbandAsAssistant(), Instant.parse("2027-01-20T11:00:00Z")),
                AccountFixtures.agreed(2, AccountFixtures.withItems(PlanFixtures.personalAssistant(), PlanFixtures.dayCentre(), leisure),
                        Instant.parse("2027-03-10T11:00:00Z")));
    }

    private static AuditReport audit(CouncilProfile council, DirectPaymentAccount account, AuditPeriod period, Money opening,
                                     List<Transaction> rows) {
        AccountAudit audit = AccountAudit.start(account, history(), council, period, opening);
        rows.forEach(audit::accept);
        return audit.finish();
    }

    @Test
    void theTotalsAreTheSumsOfTheTransactionsRead() {
        for (Supplier<CouncilProfile> council : COUNCILS) {
            CouncilProfile profile = council.get();
            qt().forAll(AccountGenerators.transactions(PERIOD, 300), longs().between(-100_000, 300_000)).checkAssert((rows, opening) -> {
                AuditReport report = audit(profile, AccountFixtures.account(), PERIOD, Money.ofPence(opening), rows);

                long in = 0;
                long out = 0;
                long inPeriod = 0;
                for (Transaction t : rows) {
                    if (PERIOD.contains(t.date())) {
                        inPeriod++;
                        in += Math.max(0, t.amount().pence());
                        out += Math.max(0, -t.amount().pence());
                    }
                }
                AuditTotals totals = report.totals();
                assertThat(totals.rowsRead()).isEqualTo(rows.size());
                assertThat(totals.transactions()).isEqualTo(inPeriod);
                assertThat(totals.outsidePeriod()).isEqualTo(rows.size() - inPeriod);
                assertThat(totals.rejected()).isZero();
                assertThat(totals.moneyIn()).isEqualTo(Money.ofPence(in));
                assertThat(totals.moneyOut()).isEqualTo(Money.ofPence(out));
                assertThat(totals.net()).isEqualTo(Money.ofPence(in - out));
                assertThat(totals.refusedSpend().plus(totals.unplannedSpend()).plus(totals.plannedSpend())).isEqualTo(totals.moneyOut());
                assertThat(report.closingBalance()).isEqualTo(Money.ofPence(opening + in - out));
                assertThat(report.findings(Kind.UNPLANNED_SPEND).stream().map(AuditFinding::amount).reduce(Money.ZERO, Money::plus))
                        .isEqualTo(totals.unplannedSpend());
                assertThat(report.findings(Kind.UNPLANNED_SPEND).stream().mapToLong(AuditFinding::transactions).sum())
                        .isLessThanOrEqualTo(inPeriod);
                everyExampleIsATransactionOfTheFindingsDays(report, rows);
            });
        }
    }

    private static void everyExampleIsATransactionOfTheFindingsDays(AuditReport report, List<Transaction> rows) {
        Map<TransactionRef, Transaction> byRef = new HashMap<>();
        rows.forEach(t -> byRef.put(t.ref(), t));
        for (AuditFinding finding : report.findings()) {
            assertThat(finding.examples()).hasSizeLessThanOrEqualTo((int) Math.min(AccountAudit.MAX_EXAMPLES, finding.transactions()));
            assertThat(finding.examples()).isSorted().doesNotHaveDuplicates();
            assertThat(finding.amount().isNegative() || finding.amount().isZero()).isFalse();
            for (TransactionRef ref : finding.examples()) {
                Transaction t = byRef.get(ref);
                assertThat(t).as("%s cites %s", finding.rule(), ref).isNotNull();
                assertThat(t.isMoneyOut()).isTrue();
                assertThat(report.period().contains(t.date())).isTrue();
                assertThat(t.date()).isBetween(finding.from(), finding.to());
            }
        }
    }

    @Test
    void theOrderOfTheTransactionsDoesNotChangeTheReport() {
        for (Supplier<CouncilProfile> council : COUNCILS) {
            CouncilProfile profile = council.get();
            qt().forAll(AccountGenerators.transactions(PERIOD, 300), longs().all()).checkAssert((rows, seed) -> {
                List<Transaction> shuffled = new ArrayList<>(rows);
                Collections.shuffle(shuffled, new Random(seed));

                assertThat(audit(profile, AccountFixtures.account(), PERIOD, Money.ZERO, shuffled))
                        .isEqualTo(audit(profile, AccountFixtures.account(), PERIOD, Money.ZERO, rows));
            });
        }
    }

    @Test
    void auditingInPartsSplitAtACycleBoundaryFindsWhatAuditingWholeFinds() {
        for (Supplier<CouncilProfile> council : COUNCILS) {
            CouncilProfile profile = council.get();
            // With the first payment known, and without (cycles then counted from each part's own start).
            for (LocalDate firstPayment : java.util.Arrays.asList(AccountFixtures.FIRST_PAYMENT, null)) {
                DirectPaymentAccount account = AccountFixtures.account(firstPayment);
                qt().forAll(AccountGenerators.transactions(PERIOD, 300), integers().between(1, CYCLES - 1),
                        longs().between(-100_000, 300_000)).checkAssert((rows, cut, opening) -> {
                    AuditPeriod first = AuditPeriod.of(PERIOD.from(), PERIOD.from().plusDays(cut * 28L - 1));
                    AuditPeriod second = AuditPeriod.of(first.to().plusDays(1), PERIOD.to());

                    AuditReport whole = audit(profile, account, PERIOD, Money.ofPence(opening), rows);
                    AuditReport part1 = audit(profile, account, first, Money.ofPence(opening), rows);
                    AuditReport part2 = audit(profile, account, second, part1.closingBalance(), rows);

                    List<AuditFinding> parts = new ArrayList<>(part1.findings());
                    parts.addAll(part2.findings());
                    assertThat(parts).isEqualTo(whole.findings());
                    assertThat(part2.closingBalance()).isEqualTo(whole.closingBalance());
                    assertThat(part1.totals().transactions() + part2.totals().transactions()).isEqualTo(whole.totals().transactions());
                    assertThat(part1.totals().moneyIn().plus(part2.totals().moneyIn())).isEqualTo(whole.totals().moneyIn());
                    assertThat(part1.totals().moneyOut().plus(part2.totals().moneyOut())).isEqualTo(whole.totals().moneyOut());
                    assertThat(part1.totals().unplannedSpend().plus(part2.totals().unplannedSpend()))
                            .isEqualTo(whole.totals().unplannedSpend());
                });
            }
        }
    }

    @Test
    void rememberingVerdictsForRepeatedPayeesChangesNothing() {
        // Beyond 64 rules every transaction is judged afresh; rules that refuse nothing the generator makes change no finding.
        for (Supplier<CouncilProfile> council : COUNCILS) {
            CouncilProfile profile = council.get();
            List<SpendRule> padded = new ArrayList<>(profile.spendRules());
            for (int i = 0; padded.size() < 100; i++) {
                padded.add(new CategoryRule(RuleId.of("test.inert-" + i), RuleSource.of(RuleSource.Kind.COUNCIL_POLICY, "test"),
                        "never refuses generated spend", java.util.Set.of(SpendCategory.of("inert-" + i)), java.util.Set.of()));
            }
            CouncilProfile uncached = new CouncilProfile(profile.id(), profile.name(), profile.questions(), padded,
                    profile.weeksPerYear(), profile.rounding(), profile.reviews(), profile.unspentBalanceWeeks());
            qt().forAll(AccountGenerators.transactions(PERIOD, 300)).checkAssert(rows ->
                    assertThat(audit(uncached, AccountFixtures.account(), PERIOD, Money.ZERO, rows))
                            .isEqualTo(audit(profile, AccountFixtures.account(), PERIOD, Money.ZERO, rows)));
        }
    }

    @Test
    void twoHundredThousandTransactionsKeepTheExamplesAtTheCapAndTheCountsExact() {
        CouncilProfile bury = ProfileFixtures.bury();
        AccountAudit audit = AccountAudit.start(AccountFixtures.account(), history(), bury, PERIOD, Money.ZERO);
        Random random = new Random(20270104);
        String[] categories = {"gambling", "food", "personal-assistant", "transport"};
        long[] count = new long[categories.length];
        long[] pence = new long[categories.length];
        Map<LocalDate, List<Long>> gamblingLinesByCycle = new HashMap<>();
        int rows = 200_000;
        long beforeSignOff = 0;
        for (int i = 0; i < rows; i++) {
            long line = rows + 1 - i;
            int c = random.nextInt(categories.length);
            LocalDate date = PERIOD.from().plusDays(random.nextInt((int) PERIOD.days()));
            long amount = 1 + random.nextInt(5_000);
            count[c]++;
            pence[c] += amount;
            // The assistant's wages before the first sign-off (20 January) match no plan.
            if (c == 2 && date.isBefore(LocalDate.of(2027, 1, 20))) {
                beforeSignOff += amount;
            }
            if (c == 0) {
                gamblingLinesByCycle.computeIfAbsent(PaymentCycle.containing(date, PERIOD.from()).from(), d -> new ArrayList<>()).add(line);
            }
            audit.accept(Transaction.of(line, date, "Payee " + (i % 7), Money.ofPence(-amount), SpendCategory.of(categories[c]), null));
        }
        AuditReport report = audit.finish();

        assertThat(report.totals().transactions()).isEqualTo(rows);
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.examples()).hasSizeLessThanOrEqualTo(AccountAudit.MAX_EXAMPLES));
        List<AuditFinding> gambling = report.findings().stream().filter(f -> f.rule().value().equals("spend.gambling")).toList();
        assertThat(gambling).hasSize(CYCLES);
        assertThat(gambling.stream().mapToLong(AuditFinding::transactions).sum()).isEqualTo(count[0]);
        assertThat(gambling.stream().map(AuditFinding::amount).reduce(Money.ZERO, Money::plus)).isEqualTo(Money.ofPence(pence[0]));
        for (AuditFinding finding : gambling) {
            List<Long> lines = new ArrayList<>(gamblingLinesByCycle.get(finding.from()));
            Collections.sort(lines);
            assertThat(finding.transactions()).isEqualTo(lines.size());
            assertThat(finding.examples()).extracting(TransactionRef::line).containsExactlyElementsOf(lines.subList(0, AccountAudit.MAX_EXAMPLES));
        }
        List<AuditFinding> food = report.findings().stream().filter(f -> f.rule().value().equals("spend.everyday-living-costs")).toList();
        assertThat(food.stream().mapToLong(AuditFinding::transactions).sum()).isEqualTo(count[1]);
        assertThat(report.totals().unplannedSpend()).isEqualTo(Money.ofPence(pence[3] + beforeSignOff));
        assertThat(report.totals().plannedSpend()).isEqualTo(Money.ofPence(pence[2] - beforeSignOff));
    }
}
