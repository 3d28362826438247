package io.lightningops.gateway.proxy;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import io.vertx.core.AsyncResult;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

import io.lightningops.defaults.http.ProblemResponses;
import io.lightningops.defaults.http.RequestIds;
import io.lightningops.defaults.problem.ProblemType;

/**
 * One request passing through the gateway: forwarded to its service with the body streamed as it
 * arrives, and the service's response streamed back. Every step runs on the request's event loop,
 * so the state below needs no locking.
 *
 * <p>Failures before the response head is sent become problems: no answer within the service's
 * timeout is a 504, a service that cannot be reached is a 503, anything else a 502. After the head is
 * sent the only honest signal left is to cut the connection, so that a client never mistakes a
 * truncated body for a complete one.
 */
final class Exchange {

    private static final Logger LOG = Logger.getLogger(Exchange.class);
    private static final String X_FORWARDED_FOR = "X-Forwarded-For";
    private static final String X_FORWARDED_PROTO = "X-Forwarded-Proto";
    private static final String X_FORWARDED_HOST = "X-Forwarded-Host";

    private final RoutingContext rc;
    private final HttpServerRequest in;
    private final Upstream upstream;
    private final ProblemResponses problems;

    private HttpClientRequest out;
    private long timer = -1;
    /** The downstream response is decided (forwarding or a problem); later failures only clean up. */
    private boolean answered;
    /** The downstream response is complete, or the client is gone. */
    private boolean finished;

    Exchange(RoutingContext rc, Upstream upstream, ProblemResponses problems) {
        this.rc = rc;
        this.in = rc.request();
        this.upstream = upstream;
        this.problems = problems;
    }

    void start() {
        timer = rc.vertx().setTimer(upstream.timeoutMillis(), ignored -> timedOut());
        rc.addEndHandler(this::downstreamEnded);
        if (in.headers().contains(HttpHeaders.EXPECT, HttpHeaders.CONTINUE, true)) {
            // Only now that the token is verified is the client invited to send its body.
            rc.response().writeContinue();
        }
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setURI(target(in));
        upstream.client().request(options).onComplete(this::connected);
    }

    private void connected(AsyncResult<HttpClientRequest> result) {
        if (result.failed()) {
            failed(result.cause());
            return;
        }
        HttpClientRequest request = result.result();
        if (answered) {
            // timed out, or the client left, while waiting for a connection
            request.reset();
            return;
        }
        out = request;
        request.exceptionHandler(this::failed);
        request.response().onComplete(this::responded);
        copyRequestHeaders(request);
        if (hasBody(request)) {
            in.pipe().endOnFailure(false).to(request).onFailure(failure -> request.reset(0, failure));
        } else {
            request.end();
        }
    }

    private void copyRequestHeaders(HttpClientRequest request) {
        MultiMap source = in.headers();
        MultiMap target = request.headers();
        MultiMap connectionTokens = Headers.connectionTokens(source.get(HttpHeaders.CONNECTION));
        for (Map.Entry<String, String> header : source) {
            if (Headers.forwarded(header.getKey(), connectionTokens)) {
                target.add(header.getKey(), header.getValue());
            }
        }
        target.set(HttpHeaders.HOST, upstream.authority());
        String requestId = rc.get(RequestIds.MDC_KEY);
        if (requestId != null) {
            target.set(RequestIds.HEADER, requestId);
        }
        // The gateway is the edge: it names the client's peer address and passes on what an ingress in
        // front of it said about the original scheme and host (Quarkus' own forwarding support is off here).
        SocketAddress peer = in.connection() == null ? in.remoteAddress() : in.connection().remoteAddress();
        String client = peer == null ? null : peer.hostAddress() != null ? peer.hostAddress() : peer.host();
        String forwardedFor = source.get(X_FORWARDED_FOR);
        if (client != null) {
            target.set(X_FORWARDED_FOR, forwardedFor == null ? client : forwardedFor + ", " + client);
        } else if (forwardedFor != null) {
            target.set(X_FORWARDED_FOR, forwardedFor);
        }
        String proto = source.get(X_FORWARDED_PROTO);
        target.set(X_FORWARDED_PROTO, proto != null ? proto : in.isSSL() ? "https" : "http");
        String host = source.get(X_FORWARDED_HOST);
        if (host == null) {
            HostAndPort authority = in.authority();
            host = authority == null ? null : authority.port() >= 0 ? authority.host() + ":" + authority.port() : authority.host();
        }
        if (host != null) {
            target.set(X_FORWARDED_HOST, host);
        }
    }

    /** Decides how the body travels; Content-Length is kept, so a sized body stays sized upstream. */
    private boolean hasBody(HttpClientRequest request) {
        if (in.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            return true;
        }
        boolean chunked = in.version() == HttpVersion.HTTP_2
                ? in.method() == HttpMethod.POST || in.method() == HttpMethod.PUT || in.method() == HttpMethod.PATCH
                : in.headers().contains(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED, true);
        if (chunked) {
            request.setChunked(true);
        }
        return chunked;
    }

    private void responded(AsyncResult<HttpClientResponse> result) {
        if (result.failed()) {
            failed(result.cause());
            return;
        }
        HttpClientResponse response = result.result();
        if (answered) {
            out.reset();
            return;
        }
        answered = true;
        cancelTimer();
        HttpServerResponse downstream = rc.response();
        downstream.setStatusCode(response.statusCode());
        MultiMap source = response.headers();
        MultiMap target = downstream.headers();
        MultiMap connectionTokens = Headers.connectionTokens(source.get(HttpHeaders.CONNECTION));
        for (String name : source.names()) {
            if (Headers.returned(name, connectionTokens)) {
                target.set(name, source.getAll(name));
            }
        }
        if (!target.contains(HttpHeaders.CONTENT_LENGTH) && mayHaveBody(response.statusCode())
                && in.version() != HttpVersion.HTTP_1_0) {
            downstream.setChunked(true);
        }
        response.pipe().endOnFailure(false).to(downstream).onComplete(piped -> {
            finished = true;
            if (piped.failed()) {
                LOG.debugf("Streaming the %s response was cut: %s", upstream.name(), piped.cause());
                cut();
            }
        });
    }

    private boolean mayHaveBody(int status) {
        return in.method() != HttpMethod.HEAD && status >= 200 && status != 204 && status != 304;
    }

    private void timedOut() {
        timer = -1;
        if (answered) {
            return;
        }
        LOG.warnf("The %s service did not answer %s %s within %d ms", upstream.name(), in.method(), in.path(),
                upstream.timeoutMillis());
        answer(ProblemType.GATEWAY_TIMEOUT, "The " + upstream.name() + " service did not answer in time; retry later");
        if (out != null) {
            out.reset(0, new TimeoutException("no response within " + upstream.timeoutMillis() + " ms"));
        }
    }

    private void failed(Throwable failure) {
        if (answered) {
            if (!finished) {
                cut();
            }
            return;
        }
        if (unreachable(failure)) {
            LOG.warnf("The %s service is unreachable: %s", upstream.name(), failure.toString());
            rc.response().putHeader(HttpHeaders.RETRY_AFTER, ProblemResponses.RETRY_AFTER_SECONDS);
            answer(ProblemType.SERVICE_UNAVAILABLE, "The " + upstream.name() + " service is unavailable; retry later");
        } else {
            LOG.warnf("The %s service failed to answer %s %s: %s", upstream.name(), in.method(), in.path(), failure.toString());
            answer(ProblemType.BAD_GATEWAY, "The " + upstream.name() + " service failed to answer");
        }
        if (out != null) {
            out.reset();
        }
    }

    /** The service broke off mid-body, or the client left: close both sides, never end as if complete. */
    private void cut() {
        finished = true;
        HttpServerResponse downstream = rc.response();
        if (!downstream.closed() && !downstream.ended()) {
            downstream.reset();
        }
        if (out != null) {
            out.reset();
        }
    }

    private void answer(ProblemType type, String detail) {
        answered = true;
        finished = true;
        cancelTimer();
        problems.send(rc, type, detail);
    }

    private void downstreamEnded(AsyncResult<Void> ended) {
        cancelTimer();
        if (ended.failed() && !finished) {
            // the client went away: stop the service's work on its behalf and free the connection
            answered = true;
            finished = true;
            if (out != null) {
                out.reset();
            }
        }
    }

    private void cancelTimer() {
        if (timer >= 0) {
            rc.vertx().cancelTimer(timer);
            timer = -1;
        }
    }

    /** Connection refused, unknown host or no connection within the pool's limits: the service is down. */
    static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t.getClass().getSimpleName().equals("ConnectionPoolTooBusyException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Path and query exactly as the client sent them, in origin form even if it sent an absolute URI. */
    private static String target(HttpServerRequest request) {
        String uri = request.uri();
        if (uri.startsWith("/")) {
            return uri;
        }
        String query = request.query();
        return query == null ? request.path() : request.path() + "?" + query;
    }
}
