package org.supportplan.adapter.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.supportplan.adapter.cli.boot.BootRuntime;

import picocli.CommandLine;

/** Runs the real command line in-process with a fixed clock and captures its exit code and output. */
final class Cli {

    private Cli() {
    }

    /** What one run printed and returned. */
    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // As Main builds it: only the subcommand the arguments name.
        CommandLine cli = SupportplanCommand.commandLine(
                new BootRuntime(Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC)), args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
