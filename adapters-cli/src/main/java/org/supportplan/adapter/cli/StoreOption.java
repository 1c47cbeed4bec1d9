package org.supportplan.adapter.cli;

import picocli.CommandLine.Option;

/** The {@code --store} option shared by every command that touches the store. */
public final class StoreOption {

    /** The default store: an SQLite file under ./data, relative to the working directory. */
    public static final String DEFAULT_STORE = "jdbc:sqlite:data/supportplan.db";

    @Option(names = "--store", paramLabel = "URL",
            defaultValue = "${env:SUPPORTPLAN_STORE:-" + DEFAULT_STORE + "}",
            description = "Store URL: a JDBC URL such as jdbc:sqlite:data/supportplan.db, or memory: "
                    + "(default: $SUPPORTPLAN_STORE, else ${DEFAULT-VALUE}).")
    String url;

    /** The chosen store URL. */
    public String url() {
        return url;
    }
}
