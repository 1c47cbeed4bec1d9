package org.supportplan.adapter.web.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code Idempotency-Key}s this instance remembers, in memory (ADR 0019: one instance only; a restart forgets
 * them). A key is remembered from the moment its first request starts; once that request has succeeded its answer is
 * kept for the retention period, and once it has failed the key is forgotten, so the request may be sent again.
 * At most {@code maxKeys} are kept: beyond that the oldest are forgotten early.
 */
final class KeyStore {

    /**
     * How long a request may run before its key is treated as abandoned (its answer was never recorded, as when the
     * server failed mid-request): the same key may then be used again.
     */
    static final Duration RUNNING_LEASE = Duration.ofMinutes(5);

    /** A key within the caller that sent it. */
    record Scoped(String caller, String key) {
    }

    /** An answer to replay: status, the headers that belong to it, and the body. */
    record Answer(int status, Map<String, String> headers, String contentType, byte[] body) {
    }

    /** What {@link #begin} found. */
    sealed interface Begun permits Started, Replay, Mismatch, Running {
    }

    /** The first request with this key: it goes ahead, and {@code ticket} completes or releases it. */
    record Started(Object ticket) implements Begun {
    }

    /** The same request was answered before: replay {@code answer}. */
    record Replay(Answer answer) implements Begun {
    }

    /** The key was used for a different request. */
    record Mismatch() implements Begun {
    }

    /** The first request with this key is still running. */
    record Running() implements Begun {
    }

    private record Entry(byte[] fingerprint, Object ticket, Instant since, Answer answer) {
    }

    private final Map<Scoped, Entry> entries = new LinkedHashMap<>();
    private final Clock clock;
    private final Duration retention;
    private final int maxKeys;

    KeyStore(Clock clock, Duration retention, int maxKeys) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.maxKeys = maxKeys;
    }

    /** Starts the request with {@code key} and {@code fingerprint}, unless the key says otherwise. */
    synchronized Begun begin(Scoped key, byte[] fingerprint) {
        Instant now = clock.instant();
        forgetExpired(now);
        Entry entry = entries.get(key);
        if (entry != null && expired(entry, now)) {
            entries.remove(key);
            entry = null;
        }
        if (entry == null) {
            while (entries.size() >= maxKeys) {
                Iterator<Scoped> oldest = entries.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
            Object ticket = new Object();
            entries.put(key, new Entry(fingerprint.clone(), ticket, now, null));
            return new Started(ticket);
        }
        if (!Arrays.equals(entry.fingerprint(), fingerprint)) {
            return new Mismatch();
        }
        return entry.answer() == null ? new Running() : new Replay(entry.answer());
    }

    /** The request holding {@code ticket} succeeded with {@code answer}: replay it from now on. */
    synchronized void complete(Scoped key, Object ticket, Answer answer) {
        Entry entry = entries.get(key);
        if (entry != null && entry.ticket() == ticket) {
            entries.put(key, new Entry(entry.fingerprint(), ticket, clock.instant(), answer));
        }
    }

    /** The request holding {@code ticket} failed, having written nothing: forget the key. */
    synchronized void release(Scoped key, Object ticket) {
        Entry entry = entries.get(key);
        if (entry != null && entry.ticket() == ticket) {
            entries.remove(key);
        }
    }

    /** How many keys are remembered. */
    synchronized int size() {
        return entries.size();
    }

    private void forgetExpired(Instant now) {
        // Oldest first; stop at the first live one (later ones are at most a lease younger, so this stays cheap).
        Iterator<Entry> oldest = entries.values().iterator();
        while (oldest.hasNext()) {
            if (!expired(oldest.next(), now)) {
                return;
            }
            oldest.remove();
        }
    }

    private boolean expired(Entry entry, Instant now) {
        Duration kept = entry.answer() == null ? (RUNNING_LEASE.compareTo(retention) < 0 ? RUNNING_LEASE : retention) : retention;
        return !now.isBefore(entry.since().plus(kept));
    }
}
