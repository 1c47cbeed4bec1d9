package org.supportplan.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.supportplan.domain.budget.CostBreakdown;
import org.supportplan.domain.money.CostRules;
import org.supportplan.domain.money.RoundingRule;
import org.supportplan.domain.plan.Period;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.profile.CouncilProfile;

/**
 * Figure 2: the cost breakdown of a large council's caseload, 25,000 plans of 20 items, in one go on one core,
 * beside a loop that works out and adds the same numbers (each item's weekly, four-weekly, annual and one-off
 * pence, rounded once as the profile says) as raw {@code long}s. The setup checks that the loop's totals equal the
 * breakdowns' to the penny, so the ceiling does the same sums.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
public class BudgetBenchmark {

    /** How many plans are broken down in one go. */
    @Param("25000")
    public int plans;

    private List<List<SupportItem>> caseload;
    private CostRules rules;
    /** Per item of every plan: unit price (pence), quantity (thousandths) and period, flattened. */
    private long[] pence;
    private long[] thousandths;
    private int[] periods;
    private long weeksThousandths;

    /** The plans, and the raw arrays the ceiling reads. */
    @Setup
    public void setUp() {
        CouncilProfile profile = BenchPlans.derbyshire();
        rules = new CostRules(profile.weeksPerYear().value(), profile.rounding().value());
        if (rules.rounding() != RoundingRule.HALF_UP) {
            throw new IllegalStateException("the raw loop rounds half up; the profile rounds " + rules.rounding());
        }
        weeksThousandths = rules.weeksPerYear().thousandths();
        caseload = new ArrayList<>(plans);
        for (int p = 0; p < plans; p++) {
            // Each plan's items as the plan holds them (PlanContent's list keeps their figures side by side, ADR 27).
            caseload.add(BenchPlans.content(p % 1000).supportItems());
        }
        int n = plans * BenchPlans.ITEMS;
        pence = new long[n];
        thousandths = new long[n];
        periods = new int[n];
        int k = 0;
        for (List<SupportItem> items : caseload) {
            for (SupportItem item : items) {
                pence[k] = item.unitCost().pence();
                thousandths[k] = item.quantity().thousandths();
                periods[k] = item.unit().period().ordinal();
                k++;
            }
        }
        long[] domain = breakdowns();
        long[] raw = rawLongs();
        if (!java.util.Arrays.equals(domain, raw)) {
            throw new IllegalStateException("the raw loop's totals " + java.util.Arrays.toString(raw)
                    + " differ from the breakdowns' " + java.util.Arrays.toString(domain));
        }
    }

    /** Every plan's {@link CostBreakdown}; returns the caseload's weekly, four-weekly, annual and one-off totals. */
    @Benchmark
    public long[] breakdowns() {
        long weekly = 0;
        long fourWeekly = 0;
        long annual = 0;
        long oneOff = 0;
        for (List<SupportItem> items : caseload) {
            CostBreakdown breakdown = CostBreakdown.of(items, rules);
            weekly += breakdown.all().weekly().pence();
            fourWeekly += breakdown.all().fourWeekly().pence();
            annual += breakdown.all().annual().pence();
            oneOff += breakdown.all().oneOff().pence();
        }
        return new long[] {weekly, fourWeekly, annual, oneOff};
    }

    /** The ceiling: the same numbers from the same inputs as raw longs, rounded half up once each. */
    @Benchmark
    public long[] rawLongs() {
        long weekly = 0;
        long fourWeekly = 0;
        long annual = 0;
        long oneOff = 0;
        long w = weeksThousandths;
        int week = Period.WEEK.ordinal();
        int fourWeeks = Period.FOUR_WEEKS.ordinal();
        int month = Period.MONTH.ordinal();
        int year = Period.YEAR.ordinal();
        for (int i = 0; i < pence.length; i++) {
            long pq = pence[i] * thousandths[i]; // pence x quantity, in thousandths
            long wk;
            long yr;
            int period = periods[i];
            if (period == week) {
                wk = halfUp(pq, 1_000);
                yr = halfUp(pq * w, 1_000_000);
            } else if (period == fourWeeks) {
                wk = halfUp(pq, 4_000);
                yr = halfUp(pq * w, 4_000_000);
            } else if (period == month) {
                wk = halfUp(pq * 12, w);
                yr = halfUp(pq * 12, 1_000);
            } else if (period == year) {
                wk = halfUp(pq, w);
                yr = halfUp(pq, 1_000);
            } else {
                wk = 0;
                yr = 0;
                oneOff += halfUp(pq, 1_000);
            }
            weekly += wk;
            fourWeekly += 4 * wk;
            annual += yr;
        }
        return new long[] {weekly, fourWeekly, annual, oneOff};
    }

    /** {@code n / d} rounded half up, for {@code n >= 0} and {@code d > 0}. */
    private static long halfUp(long n, long d) {
        long q = n / d;
        return 2 * (n - q * d) >= d ? q + 1 : q;
    }
}
