package org.supportplan.adapter.persistence.planted;

/** An interface in the persistence adapter (depending on it is still a cross-adapter dependency). */
public interface PlanRowReader {

    String read();
}
