package org.supportplan.application.service;

import java.util.List;

/** Thrown when no installed storage plug-in accepts a store URL; names the plug-ins that are installed. */
public final class UnknownStoreException extends RuntimeException {

    /** A refusal of {@code url}, listing the installed providers by name. */
    public UnknownStoreException(String url, List<String> installed) {
        super("no storage plug-in accepts the store URL '" + StoreUrls.redact(url) + "'; installed: "
                + (installed.isEmpty() ? "none" : String.join(", ", installed)));
    }
}
