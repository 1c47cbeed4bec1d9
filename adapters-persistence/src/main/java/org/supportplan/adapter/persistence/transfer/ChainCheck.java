package org.supportplan.adapter.persistence.transfer;

import org.supportplan.application.audit.AuditChain;
import org.supportplan.application.audit.AuditEntry;

/**
 * Checks an audit trail's hash chain one entry at a time as it streams past, with the same findings as
 * {@link AuditChain#verify}, so a transfer never needs the trail twice.
 */
final class ChainCheck {

    private long entries;
    private String lastHash = AuditEntry.GENESIS;
    private AuditChain.Verification.Broken broken;

    /** Takes the next entry of the trail. */
    void accept(AuditEntry entry) {
        long expected = entries + 1;
        if (broken == null) {
            if (entry.sequence() != expected) {
                broken = new AuditChain.Verification.Broken(expected, "entry " + expected + " is missing (the next entry is "
                        + entry.sequence() + ")");
            } else if (!entry.previousHash().equals(lastHash)) {
                broken = new AuditChain.Verification.Broken(expected, "entry " + expected + " does not follow entry "
                        + (expected - 1) + ": it names a different previous hash");
            } else if (!entry.hashMatches()) {
                broken = new AuditChain.Verification.Broken(expected, "entry " + expected
                        + " was changed after it was written: its contents no longer give its hash");
            }
        }
        entries++;
        lastHash = entry.hash();
    }

    long entries() {
        return entries;
    }

    /** The last entry's hash, or {@link AuditEntry#GENESIS} before the first. */
    String lastHash() {
        return lastHash;
    }

    AuditChain.Verification result() {
        return broken != null ? broken : new AuditChain.Verification.Intact(entries, lastHash);
    }
}
