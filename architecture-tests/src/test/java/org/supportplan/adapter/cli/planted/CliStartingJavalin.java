package org.supportplan.adapter.cli.planted;

import io.javalin.Javalin;

/** Violation: a CLI class outside the composition root starts the web server. */
public final class CliStartingJavalin {

    public Javalin start() {
        return Javalin.create().start(0);
    }
}
