package org.supportplan.adapter.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Describes a failure for the log without its messages. A message can carry whatever the failing code was holding
 * (a database's "duplicate key (person)=(...)", a parser's echo of the input), which for this service is health data
 * about named people; class names and stack frames are enough to find the fault, and the incident id ties
 * the log line to the answer the client saw.
 */
final class FailureLog {

    private static final int FRAMES = 12;

    private FailureLog() {
    }

    /** Every throwable in the cause chain as its class, then the top frames of the root cause. */
    static String describe(Throwable failure) {
        List<String> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable root = failure;
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t.getClass().getName());
            root = t;
        }
        StringBuilder out = new StringBuilder(String.join(" <- caused by ", chain));
        StackTraceElement[] frames = root.getStackTrace();
        for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
            out.append("\n\tat ").append(frames[i]);
        }
        if (frames.length > FRAMES) {
            out.append("\n\t... ").append(frames.length - FRAMES).append(" more");
        }
        return out.toString();
    }
}
