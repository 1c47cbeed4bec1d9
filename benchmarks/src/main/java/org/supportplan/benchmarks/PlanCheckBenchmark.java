package org.supportplan.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.signoff.SignOffCheck;
import org.supportplan.domain.signoff.SignOffReport;

/**
 * Figure 1: the full sign-off check of a 20-item plan (questions, spend rules, needs met, items linked, risks,
 * direct payments, advocacy, the cost breakdown and sufficiency, findings sorted) beside a baseline that only sums
 * the same items' costs (unit price in pence times quantity in thousandths, as raw {@code long}s). One thread: the
 * throughput is per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class PlanCheckBenchmark {

    private SignOffCheck check;
    private PlanContent plan;
    private SupportItem[] items;

    /** The Derbyshire check and an agreeable 20-item plan. */
    @Setup
    public void setUp() {
        var profile = BenchPlans.derbyshire();
        plan = BenchPlans.content(0);
        BenchPlans.requireAgreeable(profile, plan);
        check = new SignOffCheck(profile);
        List<SupportItem> list = plan.supportItems();
        items = list.toArray(new SupportItem[0]);
    }

    /** The council's full check: every rule, the breakdown and sufficiency. */
    @Benchmark
    public SignOffReport signOffCheck() {
        return check.check(plan);
    }

    /** The ceiling: the items' costs summed as raw longs. */
    @Benchmark
    public long sumItemCosts() {
        long total = 0;
        for (SupportItem item : items) {
            total += item.unitCost().pence() * item.quantity().thousandths();
        }
        return total;
    }
}
