package org.supportplan.domain.plantedping;

import org.supportplan.domain.plantedpong.Callee;

/** Compliant twin: a one-way dependency between the same two packages. */
public final class Caller {

    public int call() {
        return new Callee().answer();
    }
}
