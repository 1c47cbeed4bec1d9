package org.supportplan.adapter.web.planted;

import org.supportplan.adapter.persistence.planted.PlanRowReader;

/** Violation of adapter independence only: it names a persistence interface, not a concrete class. */
public final class WebUsingPersistenceInterface {

    public String read(PlanRowReader reader) {
        return reader.read();
    }
}
