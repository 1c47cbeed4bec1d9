package org.supportplan.domain.plantednest;

import org.supportplan.domain.plantednest.inner.Inner;

/** Violation: a cycle between a package and its own subpackage, visible only to the finest cycle rule. */
public final class Outer {

    public Inner inner() {
        return new Inner();
    }
}
