package org.supportplan.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a child process and times it, start to exit, on the wall clock. */
final class Proc {

    /**
     * A finished process.
     *
     * @param exit its exit code
     * @param seconds from start to exit
     * @param stderr what it printed on standard error
     */
    record Done(int exit, double seconds, String stderr) {
    }

    private Proc() {
    }

    /** Runs {@code command} in {@code dir}, standard output to {@code stdout}; kills it after {@code timeoutSeconds}. */
    static Done run(List<String> command, Path dir, Path stdout, long timeoutSeconds) throws IOException, InterruptedException {
        return run(command, java.util.Map.of(), dir, stdout, timeoutSeconds);
    }

    /** As {@link #run(List, Path, Path, long)}, with {@code environment} added to this process's. */
    static Done run(List<String> command, java.util.Map<String, String> environment, Path dir, Path stdout, long timeoutSeconds)
            throws IOException, InterruptedException {
        Path stderr = Files.createTempFile(stdout.toAbsolutePath().getParent(), "stderr", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            builder.environment().putAll(environment);
            long started = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Done(process.exitValue(), seconds, Files.readString(stderr));
        } finally {
            Files.deleteIfExists(stderr);
        }
    }
}
