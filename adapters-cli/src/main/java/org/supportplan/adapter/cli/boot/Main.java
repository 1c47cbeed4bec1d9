package org.supportplan.adapter.cli.boot;

import org.supportplan.adapter.cli.SupportplanCommand;

/** The executable's entry point: wires the real adapters and runs the command line. */
public final class Main {

    private Main() {
    }

    /** Runs {@code supportplan} with {@code args} and exits with its exit code. */
    public static void main(String[] args) {
        picocli.CommandLine cli = SupportplanCommand.commandLine(new BootRuntime(), args);
        int code = cli.execute(args);
        // System.exit does not flush picocli's writers; output printed without a line end would be lost.
        cli.getOut().flush();
        cli.getErr().flush();
        System.exit(code);
    }
}
