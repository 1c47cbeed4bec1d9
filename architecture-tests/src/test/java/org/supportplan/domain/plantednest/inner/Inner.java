package org.supportplan.domain.plantednest.inner;

import org.supportplan.domain.plantednest.Outer;

/** Violation: the subpackage half of the Outer/Inner cycle. */
public final class Inner {

    public Outer outer() {
        return new Outer();
    }
}
