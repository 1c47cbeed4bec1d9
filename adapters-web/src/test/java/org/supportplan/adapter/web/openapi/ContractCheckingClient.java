package org.supportplan.adapter.web.openapi;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * An {@link HttpClient} that checks every exchange against the OpenAPI contract ({@link ContractValidator}) and
 * fails the test (an {@link AssertionError}) on any departure. Every HTTP test sends through it (through
 * {@code TestApp.test}), so the document and the server cannot disagree unnoticed.
 */
public final class ContractCheckingClient extends HttpClient {

    private final HttpClient delegate;
    private final ContractValidator contract = ContractValidator.get();

    /** Checks the exchanges {@code delegate} makes. */
    public ContractCheckingClient(HttpClient delegate) {
        this.delegate = delegate;
    }

    /** Over a new default client. */
    public ContractCheckingClient() {
        this(HttpClient.newHttpClient());
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        HttpResponse<byte[]> raw = delegate.send(request, HttpResponse.BodyHandlers.ofByteArray());
        check(request, raw);
        return translate(raw, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return delegate.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(raw -> {
            check(request, raw);
            return translate(raw, handler);
        });
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> push) {
        return sendAsync(request, handler);
    }

    private void check(HttpRequest request, HttpResponse<byte[]> raw) {
        URI uri = request.uri();
        List<String> violations = contract.violations(new ContractValidator.Exchange(request.method(), uri.getRawPath(),
                uri.getRawQuery(), request.headers().map(), bodyOf(request), raw.statusCode(), raw.headers().map(), raw.body()));
        if (!violations.isEmpty()) {
            throw new AssertionError("the exchange departs from the OpenAPI contract:\n  " + String.join("\n  ", violations));
        }
    }

    /** The bytes a request's publisher sends (the JDK's publishers can be read again). */
    private static byte[] bodyOf(HttpRequest request) {
        Optional<HttpRequest.BodyPublisher> publisher = request.bodyPublisher();
        if (publisher.isEmpty() || publisher.get().contentLength() == 0) {
            return new byte[0];
        }
        HttpResponse.BodySubscriber<byte[]> collector = HttpResponse.BodySubscribers.ofByteArray();
        publisher.get().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                collector.onSubscribe(subscription);
            }

            @Override
            public void onNext(ByteBuffer item) {
                collector.onNext(List.of(item));
            }

            @Override
            public void onError(Throwable throwable) {
                collector.onError(throwable);
            }

            @Override
            public void onComplete() {
                collector.onComplete();
            }
        });
        return collector.getBody().toCompletableFuture().join();
    }

    /** {@code raw} as the caller's handler would have read it. */
    private static <T> HttpResponse<T> translate(HttpResponse<byte[]> raw, HttpResponse.BodyHandler<T> handler) {
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return raw.statusCode();
            }

            @Override
            public HttpHeaders headers() {
                return raw.headers();
            }

            @Override
            public Version version() {
                return raw.version();
            }
        });
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
            }
        });
        subscriber.onNext(List.of(ByteBuffer.wrap(raw.body())));
        subscriber.onComplete();
        T body;
        try {
            body = subscriber.getBody().toCompletableFuture().join();
        } catch (CompletionException e) {
            throw new IllegalStateException("cannot read the response body", e.getCause());
        }
        return new HttpResponse<>() {
            @Override
            public int statusCode() {
                return raw.statusCode();
            }

            @Override
            public HttpRequest request() {
                return raw.request();
            }

            @Override
            public Optional<HttpResponse<T>> previousResponse() {
                return Optional.empty();
            }

            @Override
            public HttpHeaders headers() {
                return raw.headers();
            }

            @Override
            public T body() {
                return body;
            }

            @Override
            public Optional<SSLSession> sslSession() {
                return raw.sslSession();
            }

            @Override
            public URI uri() {
                return raw.uri();
            }

            @Override
            public Version version() {
                return raw.version();
            }
        };
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }
}
