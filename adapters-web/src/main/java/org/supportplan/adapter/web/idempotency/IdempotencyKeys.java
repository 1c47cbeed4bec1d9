package org.supportplan.adapter.web.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;

import org.supportplan.adapter.web.dto.ProblemDetail;

/**
 * {@code Idempotency-Key} (IETF httpapi draft) on the routes that create something, so a client whose answer was
 * lost can send the request again without creating it twice (ADR 0019). The key is optional. With one:
 * <ul>
 * <li>the first request runs; if it succeeds (2xx) its status, {@code Location}, {@code Content-Location},
 *     {@code ETag}, {@code Cache-Control}, content type and body are kept for the retention period;</li>
 * <li>the same request again with the same key gets that answer, marked {@code Idempotent-Replayed: true}, and
 *     runs nothing;</li>
 * <li>the same key with a different request (method, path, query, content type, {@code If-Match} or body) answers
 *     422 {@link #KEY_REUSED}; while the first is still running, 409 {@link #IN_PROGRESS};</li>
 * <li>a request that fails (any other status) wrote nothing, so its key is forgotten and may be sent again.</li>
 * </ul>
 * Keys are scoped by the caller ({@link WebSettings#caller()}), so no caller ever sees another's answer.
 */
public final class IdempotencyKeys {

    /** The request header. */
    public static final String HEADER = "Idempotency-Key";
    /** The header marking a replayed answer. */
    public static final String REPLAYED = "Idempotent-Replayed";
    /** Problem type: the key was used before for a different request. */
    public static final String KEY_REUSED = "urn:supportplan:problem:idempotency-key-reused";
    /** Problem type: the first request with this key has not finished. */
    public static final String IN_PROGRESS = "urn:supportplan:problem:idempotency-request-in-progress";
    /** Problem type of a malformed key (the API's usual one for a header that breaks a rule). */
    static final String INVALID_REQUEST = "urn:supportplan:problem:invalid-request";

    // An sf-string ("...", printable ASCII, no escapes) as the draft asks, or the bare token many clients send.
    private static final Pattern KEY = Pattern.compile("\"([\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]{1,255})\"|([A-Za-z0-9._~:+/=-]{1,255})");
    private static final List<String> KEPT_HEADERS = List.of(Header.LOCATION, Header.CONTENT_LOCATION, Header.ETAG,
            Header.CACHE_CONTROL);
    private static final String TICKET = IdempotencyKeys.class.getName() + ".ticket";

    private final KeyStore store;
    private final Function<Context, String> caller;
    private final Function<Context, byte[]> body;
    private final BiConsumer<Context, ProblemDetail> problems;

    /**
     * Keys kept for {@code retention} after their answer, at most {@code maxKeys} at once.
     *
     * @param clock tells the time for retention
     * @param caller names whose keys a request's key is among
     * @param body reads a request's body within its limit (the handlers read the same bytes afterwards)
     * @param problems answers a problem document
     */
    public IdempotencyKeys(Clock clock, Duration retention, int maxKeys, Function<Context, String> caller,
                           Function<Context, byte[]> body, BiConsumer<Context, ProblemDetail> problems) {
        this.store = new KeyStore(clock, retention, maxKeys);
        this.caller = Objects.requireNonNull(caller, "caller");
        this.body = Objects.requireNonNull(body, "body");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /**
     * Installs the handlers on the POST routes at {@code paths}, as matched-route handlers so that they run after
     * the access gate (install that first): a key is only ever looked up for an admitted caller.
     */
    public void install(RoutesConfig routes, String... paths) {
        java.util.Set<String> guarded = java.util.Set.of(paths);
        // One handler each way for every route, not a pair per path: Javalin matches each path-bound handler's
        // pattern against every request, which showed in the profile of GET /plans/{id} (docs/performance.md).
        routes.beforeMatched(ctx -> {
            if (isGuarded(ctx, guarded)) {
                before(ctx);
            }
        });
        routes.afterMatched(ctx -> {
            if (isGuarded(ctx, guarded)) {
                after(ctx);
            }
        });
    }

    /** A POST to one of the {@code guarded} route templates. */
    private static boolean isGuarded(Context ctx, java.util.Set<String> guarded) {
        if (!"POST".equals(ctx.req().getMethod())) {
            return false;
        }
        var matched = ctx.endpoints().matchedHttpEndpoint();
        return matched != null && guarded.contains(matched.path);
    }

    private void before(Context ctx) {
        List<String> sent = Collections.list(ctx.req().getHeaders(HEADER));
        if (sent.isEmpty()) {
            return;
        }
        var matched = sent.size() == 1 ? KEY.matcher(sent.get(0).strip()) : null;
        if (matched == null || !matched.matches()) {
            problems.accept(ctx, new ProblemDetail(INVALID_REQUEST, "Invalid request", 400,
                    "the Idempotency-Key header is malformed; see errors", ctx.path(),
                    List.of(new ProblemDetail.FieldError(HEADER, "http.idempotency-key",
                            "send one key of 1 to 255 printable characters, such as \"8e03978e-40d5-43e8-bc93-6894a57f9324\"")),
                    null, null, null, null, null, null, null, null, null));
            ctx.skipRemainingHandlers();
            return;
        }
        String key = matched.group(1) != null ? matched.group(1) : matched.group(2);
        KeyStore.Scoped scoped = new KeyStore.Scoped(caller.apply(ctx), key);
        KeyStore.Begun begun = store.begin(scoped, fingerprint(ctx));
        if (begun instanceof KeyStore.Started started) {
            ctx.attribute(TICKET, new Held(scoped, started.ticket()));
        } else if (begun instanceof KeyStore.Replay replay) {
            replay(ctx, replay.answer());
            ctx.skipRemainingHandlers();
        } else if (begun instanceof KeyStore.Mismatch) {
            problems.accept(ctx, ProblemDetail.of(KEY_REUSED, "Idempotency key reused", 422,
                    "this Idempotency-Key was used for a different request; use a new key for a new request", ctx.path()));
            ctx.skipRemainingHandlers();
        } else {
            problems.accept(ctx, ProblemDetail.of(IN_PROGRESS, "Request in progress", 409,
                    "the first request with this Idempotency-Key is still being answered; try again shortly", ctx.path()));
            ctx.skipRemainingHandlers();
        }
    }

    private void after(Context ctx) {
        Held held = ctx.attribute(TICKET);
        if (held == null) {
            return;
        }
        ctx.attribute(TICKET, null);
        if (ctx.statusCode() / 100 != 2) {
            store.release(held.key(), held.ticket());
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = ctx.res().getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        String result = ctx.result();
        byte[] bytes = result == null ? new byte[0] : result.getBytes(StandardCharsets.UTF_8);
        store.complete(held.key(), held.ticket(), new KeyStore.Answer(ctx.statusCode(), headers, ctx.res().getContentType(), bytes));
    }

    private static void replay(Context ctx, KeyStore.Answer answer) {
        ctx.status(answer.status());
        answer.headers().forEach(ctx::header);
        ctx.header(REPLAYED, "true");
        if (answer.contentType() != null) {
            ctx.contentType(answer.contentType());
        }
        ctx.result(answer.body());
    }

    /** What makes two requests the same one: everything that decides what it does. */
    private byte[] fingerprint(Context ctx) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {ctx.method().name(), ctx.path(), Objects.toString(ctx.queryString(), ""),
                    Objects.toString(ctx.contentType(), ""), String.join(",", Collections.list(ctx.req().getHeaders(Header.IF_MATCH)))}) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            sha.update(body.apply(ctx));
            return sha.digest();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    /** The key a running request holds. */
    private record Held(KeyStore.Scoped key, Object ticket) {
    }
}
