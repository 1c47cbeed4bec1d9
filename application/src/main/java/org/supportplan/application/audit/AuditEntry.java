package org.supportplan.application.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of the append-only audit trail: its place in the chain, the event, the hash of the entry
 * before it and its own hash (SHA-256 over its place, the event and the previous hash). Changing,
 * removing or reordering any stored entry breaks every hash after it, which {@link AuditChain#verify}
 * finds. Every store computes hashes here, so a trail exported from one store verifies in another.
 *
 * @param sequence its place, from 1 with no gaps
 * @param event what happened
 * @param previousHash the hash of entry {@code sequence - 1}, or {@link #GENESIS} for the first
 * @param hash this entry's hash
 */
public record AuditEntry(long sequence, AuditEvent event, String previousHash, String hash) {

    /** The "previous hash" of the first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    /** Validates the shape (not the hash itself: that is {@link AuditChain}'s job, so damage can be reported). */
    public AuditEntry {
        if (sequence < 1) {
            throw new IllegalArgumentException("an audit entry's sequence is 1 or more");
        }
        Objects.requireNonNull(event, "event");
        if (previousHash == null || !HASH.matcher(previousHash).matches() || hash == null || !HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("an audit entry's hashes are 64 lower-case hex digits");
        }
    }

    /** The first entry of a trail. */
    public static AuditEntry first(AuditEvent event) {
        return sealed(1, event, GENESIS);
    }

    /** The entry that follows this one. */
    public AuditEntry next(AuditEvent event) {
        return sealed(sequence + 1, event, hash);
    }

    /** The entry at {@code sequence} after an entry hashed {@code previousHash}, with its hash computed. */
    public static AuditEntry sealed(long sequence, AuditEvent event, String previousHash) {
        return new AuditEntry(sequence, event, previousHash, hashOf(sequence, event, previousHash));
    }

    /** The hash an entry with these contents must have. */
    public static String hashOf(long sequence, AuditEvent event, String previousHash) {
        // One field per line, fixed order: the text form is the contract between stores and the verifier.
        String canonical = String.join("\n",
                Long.toString(sequence),
                event.at().toString(),
                event.actor().id(),
                event.action().name(),
                event.plan().toString(),
                event.person().value(),
                event.before().map(AuditEvent.VersionState::toString).orElse("-"),
                event.to().toString(),
                previousHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** True when the stored hash is the hash of the stored contents. */
    public boolean hashMatches() {
        return hash.equals(hashOf(sequence, event, previousHash));
    }
}
