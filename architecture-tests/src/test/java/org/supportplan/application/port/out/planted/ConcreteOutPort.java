package org.supportplan.application.port.out.planted;

/** Violation: an implementation living among the out-port contracts. */
public class ConcreteOutPort {

    public String describe() {
        return "concrete";
    }
}
