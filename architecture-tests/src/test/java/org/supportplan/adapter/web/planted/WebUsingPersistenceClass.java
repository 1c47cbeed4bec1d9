package org.supportplan.adapter.web.planted;

import org.supportplan.adapter.persistence.planted.JdbcPlanStore;

/** Violation: the web adapter instantiates a persistence adapter class itself. */
public final class WebUsingPersistenceClass {

    public JdbcPlanStore store() {
        return new JdbcPlanStore(null);
    }
}
