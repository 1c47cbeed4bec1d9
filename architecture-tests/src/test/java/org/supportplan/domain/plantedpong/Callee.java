package org.supportplan.domain.plantedpong;

/** Compliant twin: depends on nothing back. */
public final class Callee {

    public int answer() {
        return 42;
    }
}
