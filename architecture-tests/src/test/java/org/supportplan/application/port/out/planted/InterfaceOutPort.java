package org.supportplan.application.port.out.planted;

/** Compliant twin: an out-port contract. */
public interface InterfaceOutPort {

    String describe();
}
