package org.supportplan.adapter.persistence.jdbc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs how long the races, kills and transfers took, for whoever tunes the store (logger {@code timings}). */
final class DatabaseTimings {

    private static final Logger LOG = LoggerFactory.getLogger("timings");

    private DatabaseTimings() {
    }

    static void log(String format, Object... values) {
        LOG.info(String.format(format, values));
    }
}
