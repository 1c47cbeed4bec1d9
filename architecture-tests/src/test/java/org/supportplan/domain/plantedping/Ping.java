package org.supportplan.domain.plantedping;

import org.supportplan.domain.plantedpong.Pong;

/** Violation: half of a cycle between two domain packages. */
public final class Ping {

    public Pong next() {
        return new Pong();
    }
}
