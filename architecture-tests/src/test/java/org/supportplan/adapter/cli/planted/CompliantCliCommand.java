package org.supportplan.adapter.cli.planted;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Compliant twin: picocli inside the CLI adapter. */
@Command(name = "planted")
public final class CompliantCliCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
