package org.supportplan.adapter.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.supportplan.adapter.cli.boot.BootRuntime;

import picocli.CommandLine;

/** Runs the real command line in-process with a fixed clock and captures its exit code and output. */
final class Cli {

    private Cli() {
    }

    /** What one run printed and returned. */
    record Result(int code, String out, String err) {
    }

    /** Runs {@code args} with no environment variables: the developer's own never leak into a test. */
    static Result run(String... args) {
        return run(Map.of(), args);
    }

    /** Runs {@code args} with {@code environment} as the process environment. */
    static Result run(Map<String, String> environment, String... args) {
        return run(new BootRuntime(Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC)), environment, args);
    }

    /** Runs {@code args} over {@code runtime} with {@code environment} as the process environment. */
    static Result run(CliRuntime runtime, Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // As Main builds it: only the subcommand the arguments name.
        CommandLine cli = SupportplanCommand.commandLine(runtime, environment, args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
