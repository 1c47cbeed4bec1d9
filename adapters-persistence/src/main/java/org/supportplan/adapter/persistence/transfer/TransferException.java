package org.supportplan.adapter.persistence.transfer;

/**
 * An export file that cannot be imported: not an export, of another format, cut short, or holding a value
 * that breaks a rule. The message names the line and says what the import had written before it.
 */
public final class TransferException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long line;

    TransferException(long line, String message, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    /** The line of the file at fault (1 for the first), or 0 when the fault is the file as a whole. */
    public long line() {
        return line;
    }
}
