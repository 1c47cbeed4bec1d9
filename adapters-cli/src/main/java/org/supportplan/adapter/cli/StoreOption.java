package org.supportplan.adapter.cli;

import picocli.CommandLine.Option;

/** The {@code --store} option shared by every command that touches the store. */
public final class StoreOption {

    /** The default store: an SQLite file under ./data, relative to the working directory. */
    public static final String DEFAULT_STORE = "jdbc:sqlite:data/supportplan.db";

    // No ${DEFAULT-VALUE} in the description: it would show a value from the environment or the config file.
    @Option(names = "--store", paramLabel = "URL", defaultValue = DEFAULT_STORE,
            description = "Store URL: a JDBC URL such as jdbc:sqlite:data/supportplan.db, or memory: (default "
                    + DEFAULT_STORE + "). Env SUPPORTPLAN_STORE, config key store.")
    String url;

    /** The chosen store URL. */
    public String url() {
        return url;
    }
}
