package org.supportplan.domain.plantedpong;

import org.supportplan.domain.plantedping.Ping;

/** Violation: the other half of the Ping/Pong cycle. */
public final class Pong {

    public Ping next() {
        return new Ping();
    }
}
