package org.supportplan.adapter.cli;

import java.io.PrintWriter;
import java.util.List;

import org.supportplan.application.port.in.FieldViolation;

/** Prints refusals the same way for every command: a summary, then one line per offending field. */
final class Problems {

    private Problems() {
    }

    static void print(PrintWriter err, String summary, List<FieldViolation> violations) {
        err.println("supportplan: " + summary);
        for (FieldViolation v : violations) {
            err.println("  " + v.path() + ": " + v.message() + " [" + v.rule() + "]");
        }
        err.flush();
    }
}
