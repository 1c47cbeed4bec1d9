package org.supportplan.application.audit;

import java.util.List;
import java.util.Objects;

/** Checks an audit trail's hash chain from its first entry to its last, a page at a time. */
public final class AuditChain {

    /** Entries read per page: the whole trail is never held at once. */
    static final int PAGE = 1000;

    private AuditChain() {
    }

    /** Reads a trail's entries from a sequence number, oldest first, at most a limit (an audit trail store). */
    @FunctionalInterface
    public interface Pages {

        /** Entries with sequence {@code from} onwards, at most {@code limit}. */
        List<AuditEntry> entries(long from, int limit);
    }

    /** Walks the trail and reports whether every entry is intact and in place, or the first that is not. */
    public static Verification verify(Pages trail) {
        Objects.requireNonNull(trail, "trail");
        long expected = 1;
        String previousHash = AuditEntry.GENESIS;
        while (true) {
            List<AuditEntry> page = trail.entries(expected, PAGE);
            for (AuditEntry entry : page) {
                if (entry.sequence() != expected) {
                    return new Verification.Broken(expected, "entry " + expected + " is missing (the next stored entry is "
                            + entry.sequence() + ")");
                }
                if (!entry.previousHash().equals(previousHash)) {
                    return new Verification.Broken(expected, "entry " + expected + " does not follow entry " + (expected - 1)
                            + ": it names a different previous hash, so an entry before it was changed, removed or inserted");
                }
                if (!entry.hashMatches()) {
                    return new Verification.Broken(expected, "entry " + expected + " was changed after it was written: "
                            + "its contents no longer give its hash");
                }
                previousHash = entry.hash();
                expected++;
            }
            if (page.size() < PAGE) {
                return new Verification.Intact(expected - 1, previousHash);
            }
        }
    }

    /** The outcome of {@link #verify}. */
    public sealed interface Verification permits Verification.Intact, Verification.Broken {

        /**
         * Every entry is intact and in place.
         *
         * @param entries how many entries there are
         * @param lastHash the last entry's hash (or {@link AuditEntry#GENESIS} for an empty trail)
         */
        record Intact(long entries, String lastHash) implements Verification {
        }

        /**
         * The chain is broken.
         *
         * @param sequence the first entry that is wrong or missing
         * @param reason what is wrong with it
         */
        record Broken(long sequence, String reason) implements Verification {
        }
    }
}
