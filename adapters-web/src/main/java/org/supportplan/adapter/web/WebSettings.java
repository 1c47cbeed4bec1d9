package org.supportplan.adapter.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Function;

import io.javalin.http.Context;
import io.javalin.http.Header;

import org.supportplan.adapter.web.security.Access;

/**
 * How the HTTP service guards itself: the largest JSON body it reads, and how long and how many
 * {@code Idempotency-Key}s it remembers (see ADR 0019). The composition root builds these from its own settings;
 * {@link #defaults()} suits one instance.
 *
 * @param maxJsonBytes the largest request body of every route but the transactions upload, in bytes
 * @param maxUploadBytes the largest transactions file ({@code POST /accounts/{id}/transactions}), in bytes
 * @param idempotencyRetention how long an answered {@code Idempotency-Key} is replayed
 * @param idempotencyMaxKeys the most keys remembered at once; beyond it the oldest answered ones are forgotten early
 * @param clock tells the time for key retention
 * @param caller whose keys a request's key is among: keys are scoped by it, so two callers never share an answer
 * @param stopTimeout on stopping, how long requests already running get to finish (new ones are refused meanwhile)
 */
public record WebSettings(long maxJsonBytes, long maxUploadBytes, Duration idempotencyRetention, int idempotencyMaxKeys,
                          Clock clock, Function<Context, String> caller, Duration stopTimeout) {

    /** 1 MiB: far above any real plan document (the largest legal one is a few hundred KiB of narrative). */
    public static final long DEFAULT_MAX_JSON_BYTES = 1024 * 1024;
    /** 16 MiB: about 180,000 rows of a typical bank export. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 16 * 1024 * 1024;
    /** 24 hours, as the Idempotency-Key draft suggests: long enough for any client's retries. */
    public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);
    /** Bounds the memory the keys can take (each holds one answer, typically a few KiB). */
    public static final int DEFAULT_MAX_KEYS = 10_000;

    /** 30 seconds: longer than any request but an upload of the largest file takes; a platform's usual grace period. */
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(30);

    /** Checks every setting. */
    public WebSettings {
        if (maxJsonBytes < 1 || maxJsonBytes > Integer.MAX_VALUE - 1) {
            throw new IllegalArgumentException("maxJsonBytes must be 1 to 2^31-2");
        }
        if (maxUploadBytes < 1 || maxUploadBytes > Integer.MAX_VALUE - 1) {
            throw new IllegalArgumentException("maxUploadBytes must be 1 to 2^31-2");
        }
        Objects.requireNonNull(idempotencyRetention, "idempotencyRetention");
        if (idempotencyRetention.isNegative() || idempotencyRetention.isZero()) {
            throw new IllegalArgumentException("idempotencyRetention must be positive");
        }
        if (idempotencyMaxKeys < 1) {
            throw new IllegalArgumentException("idempotencyMaxKeys must be positive");
        }
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        if (stopTimeout.isNegative()) {
            throw new IllegalArgumentException("stopTimeout must not be negative");
        }
    }

    /** These settings with another grace period for running requests on stopping. */
    public WebSettings withStopTimeout(Duration timeout) {
        return new WebSettings(maxJsonBytes, maxUploadBytes, idempotencyRetention, idempotencyMaxKeys, clock, caller, timeout);
    }

    /** The defaults, on the system clock, keys scoped by {@link #authenticatedCaller}. */
    public static WebSettings defaults() {
        return new WebSettings(DEFAULT_MAX_JSON_BYTES, DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_RETENTION, DEFAULT_MAX_KEYS,
                Clock.systemUTC(), WebSettings::authenticatedCaller, DEFAULT_STOP_TIMEOUT);
    }

    /**
     * The caller as the access gate's authenticated subject, so a client's retry with a refreshed token still finds
     * its key; {@link #authorizationHash} where no one is authenticated.
     */
    public static String authenticatedCaller(Context ctx) {
        return Access.authenticated(ctx)
                .map(principal -> "subject:" + principal.subject())
                .orElseGet(() -> authorizationHash(ctx));
    }

    /** These settings with another JSON body limit. */
    public WebSettings withMaxJsonBytes(long bytes) {
        return new WebSettings(bytes, maxUploadBytes, idempotencyRetention, idempotencyMaxKeys, clock, caller, stopTimeout);
    }

    /** These settings with another upload limit. */
    public WebSettings withMaxUploadBytes(long bytes) {
        return new WebSettings(maxJsonBytes, bytes, idempotencyRetention, idempotencyMaxKeys, clock, caller, stopTimeout);
    }

    /** These settings with another key retention and cap. */
    public WebSettings withIdempotency(Duration retention, int maxKeys) {
        return new WebSettings(maxJsonBytes, maxUploadBytes, retention, maxKeys, clock, caller, stopTimeout);
    }

    /** These settings on another clock. */
    public WebSettings withClock(Clock other) {
        return new WebSettings(maxJsonBytes, maxUploadBytes, idempotencyRetention, idempotencyMaxKeys, other, caller, stopTimeout);
    }

    /** These settings with another way of naming the caller (authentication's principal, once there is one). */
    public WebSettings withCaller(Function<Context, String> other) {
        return new WebSettings(maxJsonBytes, maxUploadBytes, idempotencyRetention, idempotencyMaxKeys, clock, other, stopTimeout);
    }

    /**
     * The caller as the SHA-256 of the request's {@code Authorization} header, or {@code anonymous} without one:
     * whatever authentication is in place, two credentials never share keys, and no credential is kept in memory.
     */
    public static String authorizationHash(Context ctx) {
        String authorization = ctx.header(Header.AUTHORIZATION);
        if (authorization == null) {
            return "anonymous";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(authorization.getBytes(StandardCharsets.UTF_8));
            return "authorization:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
