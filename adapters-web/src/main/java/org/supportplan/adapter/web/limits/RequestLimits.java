package org.supportplan.adapter.web.limits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;

/**
 * The request body limits (ADR 0019): every route reads at most {@code maxJsonBytes}, except the transactions upload,
 * which reads at most {@code maxUploadBytes}. A body whose {@code Content-Length} is over the limit is refused (413)
 * before any handler runs, unread; a body without one (chunked) is read only up to one byte past the limit, so a
 * lying or endless body never takes more memory than the limit either. Javalin's own {@code maxRequestSize} is set
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

    /** A before-handler for every request: 413 when the declared length is over the route's limit. */
    public void refuseDeclaredOversize(Context ctx) {
        if (ctx.req().getContentLengthLong() > limitOf(ctx)) {
            throw tooLarge();
        }
    }

    /**
     * An after-handler for every request. A body refused as too large may be left partly unread, so the connection
     * cannot carry another request: {@code Connection: close} tells the client so (RFC 9112 section 9.6) rather than
     * leaving it to find a closed connection. Any other refusal (401, 404 and the like, often answered before the body
     * is looked at) reads the rest of the body, within the route's limit, and throws it away: a server that answers
     * and closes with unread bytes resets the connection, and the client may lose the answer while still sending.
     */
    public void finishReading(Context ctx) {
        if (ctx.res().isCommitted()) {
            return;
        }
        if (ctx.statusCode() == 413) {
            ctx.header(Header.CONNECTION, "close");
            return;
        }
        if (ctx.statusCode() < 400) {
            return;
        }
        try {
            InputStream in = ctx.req().getInputStream();
            long left = limitOf(ctx) + 1;
            byte[] discard = new byte[8192];
            for (int n; left > 0 && (n = in.read(discard, 0, (int) Math.min(discard.length, left))) != -1; ) {
                left -= n;
            }
            if (left <= 0) {
                ctx.header(Header.CONNECTION, "close"); // more than any route accepts: not worth reading on
            }
        } catch (IOException | IllegalStateException unreadable) {
            ctx.header(Header.CONNECTION, "close");
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
        return HandlerType.POST.equals(ctx.method()) && uploadPath.matcher(ctx.path()).matches();
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
