package org.supportplan.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Prints the one table of a run (figure, supportplan, ceiling, ratio, goal, met or not) and writes it, with the
 * date, the machine and the command, as markdown for {@code docs/performance.md}.
 * Arguments: {@code ROWS.jsonl RESULTS.md COMMAND LOAD_BEFORE ELAPSED_SECONDS}.
 */
public final class Table {

    private static final String[] HEADINGS = {"figure", "supportplan", "ceiling", "ratio", "goal", "met"};
    /** Every row a full run gives: order, figure, goal; a missing one is shown as failed. */
    private static final String[][] EXPECTED = {
        {"1", "Plan check", ">= 100,000/s per core"}, {"2", "Budget arithmetic", "< 100 ms and <= 5x"},
        {"3a", "Audit time", "<= 2x"}, {"3b", "Audit peak heap", "< 256 MB"},
        {"4a", "HTTP throughput", ">= 50% of bare"}, {"4b", "HTTP p99 at 200 requests/s", "p99 < 100 ms, no errors, both"},
        {"5a", "Storage: save a plan, SQLite", ">= 50% of raw"}, {"5b", "Storage: save a plan, PostgreSQL", ">= 50% of raw"},
        {"5c", "Storage: seed a large council, SQLite", "< 60 s"}, {"5d", "Storage: seed a large council, PostgreSQL", "< 120 s"},
        {"6a", "Start-up: --version", "< 0.5 s"}, {"6b", "Start-up: serve until ready", "< 3 s"}};

    private Table() {
    }

    /** Prints the table and writes the markdown file. */
    public static void main(String[] args) throws IOException {
        Path rowsFile = Path.of(args[0]);
        Path markdown = Path.of(args[1]);
        String command = args.length > 2 ? args[2] : "benchmarks/run";
        String loadBefore = args.length > 3 ? args[3] : "?";
        String elapsed = args.length > 4 ? args[4] : "?";

        String only = args.length > 5 ? args[5] : "all";
        List<Row> rows = new ArrayList<>(Row.readAll(rowsFile));
        for (String[] expected : EXPECTED) {
            boolean wanted = only.equals("all") || expected[0].startsWith(only) || (only.equals("2") && expected[0].equals("1"))
                    || (only.equals("1") && expected[0].equals("2"));
            if (wanted && rows.stream().noneMatch(row -> row.order().equals(expected[0]))) {
                rows.add(Row.failed(expected[0], expected[1], expected[2], "not measured: the figure failed (see benchmarks/target/run.log)"));
            }
        }
        rows.sort(Comparator.comparing(Row::order));
        List<String[]> cells = new ArrayList<>();
        for (Row row : rows) {
            cells.add(new String[] {row.figure(), row.supportplan(), row.ceiling(), row.ratio(), row.goal(), met(row)});
        }

        System.out.println();
        System.out.println(plain(cells));

        StringBuilder md = new StringBuilder();
        md.append("Run on ").append(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"))).append(", ")
                .append(machine()).append(".  \n");
        md.append("Command: `").append(command).append("` (").append(elapsed).append(" s in all). Load average before the run: ")
                .append(loadBefore).append("; after: ").append(loadAverage()).append(".\n\n");
        md.append(markdown(cells));
        md.append("\nHow each was measured:\n\n");
        for (Row row : rows) {
            md.append("- ").append(row.figure()).append(": ").append(row.note()).append('\n');
        }
        Files.createDirectories(markdown.toAbsolutePath().getParent());
        Files.writeString(markdown, md.toString(), StandardCharsets.UTF_8);
        System.out.println("(markdown, with the machine and the command: " + markdown + ")");
    }

    private static String met(Row row) {
        return row.met() == null ? "-" : row.met() ? "met" : "NOT met";
    }

    private static String plain(List<String[]> cells) {
        int[] widths = new int[HEADINGS.length];
        for (int i = 0; i < HEADINGS.length; i++) {
            widths[i] = HEADINGS[i].length();
        }
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, HEADINGS, widths);
        String[] rule = new String[HEADINGS.length];
        for (int i = 0; i < rule.length; i++) {
            rule[i] = "-".repeat(widths[i]);
        }
        line(out, rule, widths);
        for (String[] row : cells) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String[] row, int[] widths) {
        for (int i = 0; i < row.length; i++) {
            out.append(i == 0 ? "" : " | ").append(row[i]).append(" ".repeat(widths[i] - row[i].length()));
        }
        out.append('\n');
    }

    private static String markdown(List<String[]> cells) {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(String.join(" | ", HEADINGS)).append(" |\n");
        out.append("|").append(" --- |".repeat(HEADINGS.length)).append('\n');
        for (String[] row : cells) {
            out.append("| ");
            for (int i = 0; i < row.length; i++) {
                out.append(i == 0 ? "" : " | ").append(row[i].replace("|", "\\|"));
            }
            out.append(" |\n");
        }
        return out.toString();
    }

    /** nproc, memory and the JDK. */
    static String machine() {
        String memory = "? GB";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    memory = String.format(java.util.Locale.ROOT, "%.1f GB", kb / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: leave it unknown
        }
        return "nproc " + Runtime.getRuntime().availableProcessors() + ", memory " + memory + ", JDK "
                + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ", "
                + System.getProperty("java.vendor") + ")";
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
