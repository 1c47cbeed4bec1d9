package org.supportplan.adapter.web.limits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;

/**
 * The request body limits (ADR 0019): every route reads at most {@code maxJsonBytes}, except the transactions upload,
 * which reads at most {@code maxUploadBytes}. A body whose {@code Content-Length} is over the limit is refused (413)
 * before any handler runs, and never kept (only drained afterwards, see {@link #finishReading}); a body without one
 * (chunked) is kept only up to one byte past the limit, so a lying or endless body never takes more memory than the
 * limit either. Javalin's own {@code maxRequestSize} is set
 * to the JSON limit, so {@code ctx.bodyAsBytes()} keeps to it too.
 */
public final class RequestLimits {

    private static final String UPLOAD_BODY = RequestLimits.class.getName() + ".upload";

    private final long maxJsonBytes;
    private final long maxUploadBytes;
    private final Pattern uploadPath;

    /**
     * The limits.
     *
     * @param maxJsonBytes the limit of every route but the upload
     * @param maxUploadBytes the limit of the upload
     * @param uploadRoute the upload's path template, such as {@code /accounts/{id}/transactions} (POST)
     */
    public RequestLimits(long maxJsonBytes, long maxUploadBytes, String uploadRoute) {
        this.maxJsonBytes = maxJsonBytes;
        this.maxUploadBytes = maxUploadBytes;
        this.uploadPath = Pattern.compile(uploadRoute.replaceAll("\\{[^/}]+}", "[^/]+"));
    }

    /** The limit of the JSON routes, for Javalin's {@code maxRequestSize}. */
    public long maxJsonBytes() {
        return maxJsonBytes;
    }

    /**
     * How far past the route's limit a refused body is still read (and thrown away) so that the client sees its 413:
     * a body declared at most this much over the limit is read to its end, whatever the route.
     */
    public static final long DRAIN_AFTER_TOO_LARGE = 4L * 1024 * 1024;

    /** A before-handler for every request: 413 when the declared length is over the route's limit. */
    public void refuseDeclaredOversize(Context ctx) {
        if (ctx.req().getContentLengthLong() > limitOf(ctx)) {
            throw tooLarge();
        }
    }

    /**
     * An after-handler for every request. A refused request's body may be left partly unread, and a server that
     * answers and closes with unread bytes resets the connection: the client, still sending, may lose the answer.
     * So the rest of the body is read and thrown away, never kept: within the route's limit for any refusal (401, 404
     * and the like, often answered before the body is looked at), and within the limit plus
     * {@link #DRAIN_AFTER_TOO_LARGE} for a 413, even one refused unread for its declared length (a 16 MiB upload one
     * byte over is far past 4 MiB, yet its client must see the 413 too). A body beyond that, or a 413, also gets
     * {@code Connection: close} (RFC 9112 section 9.6).
     */
    public void finishReading(Context ctx) {
        if (ctx.res().isCommitted() || ctx.statusCode() < 400) {
            return;
        }
        boolean tooLarge = ctx.statusCode() == 413;
        long drained = drain(ctx, limitOf(ctx) + (tooLarge ? DRAIN_AFTER_TOO_LARGE : 1));
        if (tooLarge || drained < 0) {
            ctx.header(Header.CONNECTION, "close");
        }
    }

    /** Reads and discards at most {@code most} bytes: how many, or -1 when the body goes on or cannot be read. */
    private static long drain(Context ctx, long most) {
        if (ctx.req().getContentLengthLong() > most) {
            return -1; // declared too long to be worth reading
        }
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] discard = new byte[8192];
            long read = 0;
            for (int n; (n = in.read(discard, 0, (int) Math.min(discard.length, most - read + 1))) != -1; ) {
                read += n;
                if (read > most) {
                    return -1;
                }
            }
            return read;
        } catch (IOException | IllegalStateException unreadable) {
            return -1;
        }
    }

    /**
     * The request body, read once and at most to the route's limit (413 beyond it). The upload's body is read
     * here; any other body is Javalin's (which keeps to the same limit), so both readers see the same bytes.
     */
    public byte[] body(Context ctx) {
        if (!isUpload(ctx)) {
            return ctx.bodyAsBytes();
        }
        byte[] read = ctx.attribute(UPLOAD_BODY);
        if (read == null) {
            read = readAtMost(ctx, (int) maxUploadBytes);
            ctx.attribute(UPLOAD_BODY, read);
        }
        return read;
    }

    private long limitOf(Context ctx) {
        return isUpload(ctx) ? maxUploadBytes : maxJsonBytes;
    }

    private boolean isUpload(Context ctx) {
        // The servlet's method string, as for the metrics: Javalin's ctx.method() costs more on every request.
        return "POST".equals(ctx.req().getMethod()) && uploadPath.matcher(ctx.path()).matches();
    }

    private static byte[] readAtMost(Context ctx, int limit) {
        try (InputStream in = ctx.req().getInputStream()) {
            // One byte past the limit tells a body that is too large from one exactly at it.
            byte[] read = in.readNBytes(limit + 1);
            if (read.length > limit) {
                throw tooLarge();
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }

    private static HttpResponseException tooLarge() {
        return new HttpResponseException(413, "Content too large"); // answered as a too-large problem by WebApp
    }
}
