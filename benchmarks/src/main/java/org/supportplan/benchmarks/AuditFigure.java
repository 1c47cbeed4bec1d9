package org.supportplan.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Figure 3: a council's year of direct-payment transactions (1,500,000 rows over 5,000 accounts) audited end to end
 * by the command line, {@code ./supportplan audit FILE --plan-file ... --json}, in a JVM whose heap may not grow past
 * 256 MB, beside {@link LineSplitBaseline} reading and splitting the same file's lines in the same kind of JVM.
 * The peak heap is read from the audit JVM's GC log (the largest heap occupancy before any collection, and at exit).
 */
public final class AuditFigure {

    private static final Pattern GC_PAUSE = Pattern.compile("Pause.*? (\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern EXIT_USED = Pattern.compile("total \\d+K, used (\\d+)K");
    private static final String HEAP = "-Xmx256m";

    private AuditFigure() {
    }

    /** Runs figure 3. */
    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        int rows = options.quick() ? 150_000 : 1_500_000;
        int accounts = options.quick() ? 500 : 5_000;
        int repeats = options.quick() ? 1 : 3;
        Path work = options.work().resolve("audit");
        Files.createDirectories(work);
        Path csv = TransactionsFile.ensure(options.work().resolve("data"), rows, accounts);
        Path plan = options.root().resolve("examples/plans/derbyshire-agreeable.json");

        List<String> baseline = List.of(Options.java(), HEAP, "-cp", options.benchmarksJar().toString(),
                LineSplitBaseline.class.getName(), csv.toString());
        Path gcLog = work.resolve("audit-gc.log");
        // The command as a person runs it: the launcher (with its class-data sharing archive), the heap capped.
        List<String> audit = List.of(options.root().resolve("supportplan").toString(), "audit", csv.toString(), "--plan-file",
                plan.toString(), "--from", TransactionsFile.FIRST_DAY.toString(), "--to", TransactionsFile.LAST_DAY.toString(), "--json");
        java.util.Map<String, String> capped = java.util.Map.of("SUPPORTPLAN_JAVA_OPTS", HEAP + " -Xlog:gc,gc+heap+exit:file=" + gcLog);

        // Once each unmeasured: the file in the page cache, the jars read once (and the launcher's archive made).
        Proc.run(baseline, options.root(), work.resolve("baseline.txt"), 600);
        Proc.run(audit, capped, options.root(), work.resolve("report.json"), 900);
        double[] baselineSeconds = new double[repeats];
        double[] auditSeconds = new double[repeats];
        long peakBytes = 0;
        long liveBytes = 0;
        for (int i = 0; i < repeats; i++) {
            Proc.Done base = Proc.run(baseline, options.root(), work.resolve("baseline.txt"), 600);
            if (base.exit() != 0) {
                throw new IllegalStateException("the baseline failed: " + base.stderr());
            }
            baselineSeconds[i] = base.seconds();
            Files.deleteIfExists(gcLog);
            Path report = work.resolve("report.json");
            Proc.Done done = Proc.run(audit, capped, options.root(), report, 900);
            if (done.exit() != 0 && done.exit() != 1) {
                throw new IllegalStateException("the audit failed with exit " + done.exit() + ": " + done.stderr());
            }
            JsonNode totals = new ObjectMapper().readTree(report.toFile()).get("totals");
            if (totals.get("rowsRead").asLong() != rows) {
                throw new IllegalStateException("the audit read " + totals.get("rowsRead") + " rows, not " + rows);
            }
            auditSeconds[i] = done.seconds();
            long[] heap = heap(gcLog);
            peakBytes = Math.max(peakBytes, heap[0]);
            liveBytes = Math.max(liveBytes, heap[1]);
            System.out.printf("  run %d: audit %.2f s (exit %d), baseline %.2f s, peak heap %s, largest live set %s%n", i + 1,
                    auditSeconds[i], done.exit(), baselineSeconds[i], Fmt.megabytes(heap[0]), Fmt.megabytes(heap[1]));
        }
        double a = Fmt.median(auditSeconds);
        double b = Fmt.median(baselineSeconds);
        String size = String.format(java.util.Locale.ROOT, "%,d transactions over %,d accounts", rows, accounts);
        new Row("3a", "Audit: " + size + ", CLI end to end", Fmt.seconds(a), "read and split lines: " + Fmt.seconds(b), Fmt.times(a, b),
                "<= 2x", a <= 2 * b, "median of " + repeats + " runs each after one unmeasured run, wall clock from process start to exit, both in a JVM "
                        + "with " + HEAP + " (SUPPORTPLAN_JAVA_OPTS for the launcher); the file is in the page cache; `./supportplan audit FILE "
                        + "--plan-file examples/plans/derbyshire-agreeable.json --from .. --to .. --json` audits the export as one stream "
                        + "against one plan (the command line has no per-account batch audit)")
                .appendTo(options.out());
        new Row("3b", "Audit: peak heap of the audit JVM", Fmt.megabytes(peakBytes), "heap limit: 256 MB",
                Fmt.percent(peakBytes, 256L * 1024 * 1024) + " (live set " + Fmt.megabytes(liveBytes) + ")", "< 256 MB",
                peakBytes < 256L * 1024 * 1024, "java " + HEAP + " -Xlog:gc,gc+heap+exit: the largest heap occupancy before a "
                        + "collection or at exit (the collector the launcher runs `audit` with); the live set is the largest occupancy after a collection")
                .appendTo(options.out());
    }

    /** The largest heap occupancy seen (before a collection, or at exit), and the largest after a collection, in bytes. */
    static long[] heap(Path gcLog) throws IOException {
        long peakMb = 0;
        long liveMb = 0;
        long exitKb = 0;
        List<String> lines = Files.exists(gcLog) ? Files.readAllLines(gcLog) : new ArrayList<>();
        for (String line : lines) {
            Matcher pause = GC_PAUSE.matcher(line);
            if (pause.find()) {
                peakMb = Math.max(peakMb, Long.parseLong(pause.group(1)));
                liveMb = Math.max(liveMb, Long.parseLong(pause.group(2)));
            }
            Matcher exit = EXIT_USED.matcher(line);
            if (exit.find()) {
                // G1 prints one line for the heap; the serial and parallel collectors one per generation.
                exitKb += Long.parseLong(exit.group(1));
            }
        }
        return new long[] {Math.max(peakMb * 1024 * 1024, exitKb * 1024), liveMb * 1024 * 1024};
    }
}
