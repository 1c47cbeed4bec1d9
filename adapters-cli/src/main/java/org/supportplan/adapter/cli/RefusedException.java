package org.supportplan.adapter.cli;

/** The request was understood but cannot be carried out as things stand (exit code 1), such as importing into a store that is not empty. */
public final class RefusedException extends RuntimeException {

    /** A refusal saying why. */
    public RefusedException(String message) {
        super(message);
    }
}
