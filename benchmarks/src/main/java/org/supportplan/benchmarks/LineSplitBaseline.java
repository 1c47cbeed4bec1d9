package org.supportplan.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ceiling of figure 3: reads a file's lines as UTF-8 and splits each at its commas, and nothing else. Run in its
 * own JVM, as the audit is, so both times include a JVM's start. Prints the lines and values it saw.
 */
public final class LineSplitBaseline {

    private LineSplitBaseline() {
    }

    /** {@code FILE}: read and split it. */
    public static void main(String[] args) throws IOException {
        long lines = 0;
        long values = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines++;
                values += line.split(",", -1).length;
            }
        }
        System.out.println(lines + " lines, " + values + " values");
    }
}
