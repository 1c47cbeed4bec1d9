package org.supportplan.benchmarks;

import java.nio.file.Path;

/**
 * What every figure's main is given by {@code benchmarks/run}: {@code --root DIR} (the repository), {@code --out FILE}
 * (the results, JSON lines), {@code --work DIR} (scratch files) and {@code --quick} (a smoke run: small sizes, short
 * times; its numbers are not the figures).
 *
 * @param root the repository
 * @param out the results file
 * @param work the scratch folder
 * @param quick a smoke run
 */
record Options(Path root, Path out, Path work, boolean quick) {

    static Options parse(String[] args) {
        Path root = Path.of(".");
        Path out = null;
        Path work = null;
        boolean quick = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--quick" -> quick = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (expected --root DIR, --out FILE, --work DIR, --quick)");
            }
        }
        root = root.toAbsolutePath().normalize();
        Path target = root.resolve("benchmarks").resolve("target");
        return new Options(root, out != null ? out : target.resolve("results.jsonl"), work != null ? work : target.resolve("work"), quick);
    }

    /** The executable jar of the command line. */
    Path cliJar() {
        return root.resolve("adapters-cli").resolve("target").resolve("supportplan.jar");
    }

    /** This module's runnable jar. */
    Path benchmarksJar() {
        return root.resolve("benchmarks").resolve("target").resolve("benchmarks.jar");
    }

    /** The java launcher of the running JVM: every child process runs on the same JVM. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
