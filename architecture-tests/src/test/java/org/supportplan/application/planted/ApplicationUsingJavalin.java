package org.supportplan.application.planted;

import io.javalin.Javalin;

/** Violation: a use case starts a web server. */
public final class ApplicationUsingJavalin {

    public Javalin server() {
        return Javalin.create();
    }
}
