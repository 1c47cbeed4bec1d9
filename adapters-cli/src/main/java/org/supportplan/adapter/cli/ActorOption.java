package org.supportplan.adapter.cli;

import java.util.Locale;

import org.supportplan.application.audit.Actor;

import picocli.CommandLine.Option;

/** The {@code --actor} option: who is recorded in the audit trail for what a command does or reads. */
public final class ActorOption {

    @Option(names = "--actor", paramLabel = "REF",
            description = "Who is acting, as recorded in the audit trail: a staff reference such as CM-0042 "
                    + "(default: cli:<your user name>). Env SUPPORTPLAN_ACTOR, config key actor.")
    String reference;

    /** The chosen actor; the operating-system user when none is given. */
    public Actor actor() {
        if (reference != null && !reference.isBlank()) {
            return Actor.of(reference.strip());
        }
        // User names may hold characters an actor reference does not allow; keep what can be recorded.
        String user = System.getProperty("user.name", "unknown").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._@-]", "-");
        return Actor.of("cli:" + (user.isEmpty() ? "unknown" : user));
    }
}
