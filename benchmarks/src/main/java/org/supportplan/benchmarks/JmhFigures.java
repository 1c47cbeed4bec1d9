package org.supportplan.benchmarks;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Figures 1 and 2: the JMH benchmarks, run in one forked JVM each, and their rows. */
public final class JmhFigures {

    private JmhFigures() {
    }

    /** Runs both JMH figures. */
    public static void main(String[] args) throws RunnerException {
        Options options = Options.parse(args);
        Map<String, Double> scores = new HashMap<>();
        ChainedOptionsBuilder jmh = new OptionsBuilder()
                .include(PlanCheckBenchmark.class.getName())
                .include(BudgetBenchmark.class.getName())
                .forks(1)
                .shouldFailOnError(true)
                .jvmArgs("-Xms1g", "-Xmx1g");
        if (options.quick()) {
            jmh.warmupIterations(1).warmupTime(TimeValue.seconds(1)).measurementIterations(2).measurementTime(TimeValue.seconds(1));
        } else {
            jmh.warmupIterations(3).warmupTime(TimeValue.seconds(3)).measurementIterations(5).measurementTime(TimeValue.seconds(3));
        }
        Collection<RunResult> results = new Runner(jmh.build()).run();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            scores.put(name.substring(name.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
        }

        double checks = scores.get("signOffCheck");
        double sums = scores.get("sumItemCosts");
        new Row("1", "Plan check: sign-off checks of a 20-item plan per second, one core", Fmt.perSecond(checks),
                "sum of item costs: " + Fmt.perSecond(sums), "check is " + Fmt.times(sums, checks) + " slower",
                ">= 100,000/s per core; state the ratio", checks >= 100_000,
                "JMH throughput, 1 thread, 1 fork").appendTo(options.out());

        double breakdown = scores.get("breakdowns");
        double raw = scores.get("rawLongs");
        new Row("2", "Budget arithmetic: cost breakdowns of 25,000 20-item plans, one core", Fmt.millis(breakdown),
                "same numbers as raw longs: " + Fmt.millis(raw), Fmt.times(breakdown, raw),
                "< 100 ms and <= 5x", breakdown < 100 && breakdown <= 5 * raw,
                "JMH average time per 25,000 plans, 1 thread, 1 fork").appendTo(options.out());
    }
}
