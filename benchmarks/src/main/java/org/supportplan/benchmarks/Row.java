package org.supportplan.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One line of the results table: what was measured for supportplan, the ceiling it was measured beside in the
 * same run, their ratio, the goal and whether it was met ({@code null}: nothing to judge). Each figure appends its
 * rows to a JSON-lines file; {@link Table} prints them.
 *
 * @param order where the row goes in the table
 * @param figure what was measured
 * @param supportplan supportplan's figure
 * @param ceiling the ceiling's figure, or a dash
 * @param ratio supportplan against the ceiling
 * @param goal the goal
 * @param met whether the goal was met
 * @param note how it was measured, briefly
 */
public record Row(String order, String figure, String supportplan, String ceiling, String ratio, String goal, Boolean met,
                  String note) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Appends this row to {@code file}. */
    public void appendTo(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, JSON.writeValueAsString(this) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("  " + figure + ": " + supportplan + " | ceiling " + ceiling + " | " + ratio + " | goal " + goal + " | "
                + (met == null ? "-" : met ? "met" : "NOT met"));
    }

    /** Every row in {@code file}, in file order. */
    public static List<Row> readAll(Path file) {
        List<Row> rows = new ArrayList<>();
        if (!Files.exists(file)) {
            return rows;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    rows.add(JSON.readValue(line, Row.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** A row for a figure that could not be measured. */
    public static Row failed(String order, String figure, String goal, String why) {
        return new Row(order, figure, "failed", "-", "-", goal, false, why);
    }
}
