package org.supportplan.adapter.web.planted;

import picocli.CommandLine;

/** Violation: the web adapter parses command lines. */
public final class WebUsingPicocli {

    public CommandLine commandLine() {
        return new CommandLine(this);
    }
}
