package org.supportplan.adapter.cli;

/** The exit codes every supportplan command uses, so scripts can rely on them. */
public final class ExitCodes {

    /** The request succeeded. */
    public static final int OK = 0;
    /** The request was understood but refused by a rule (or what it asks for does not exist). */
    public static final int REFUSED = 1;
    /** Bad usage or unreadable input (picocli also uses 2 for usage errors). */
    public static final int BAD_INPUT = 2;
    /** The store or the machine failed (cannot open the database, port in use); nothing was changed. */
    public static final int FAILED = 3;

    private ExitCodes() {
    }
}
