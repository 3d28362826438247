package io.lightningops.gateway.proxy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;

/**
 * One service behind the gateway and its pooled keep-alive connections.
 *
 * <p>There is one client (and pool) per event loop rather than one for all: a Vert.x connection lives
 * on the event loop that opened it, and a pool shared by all loops hands a request on loop A a
 * connection of loop B, which costs two thread hand-offs per request. With a client per loop, a
 * request and its upstream connection stay on one thread from start to end. Clients are made on first
 * use, a handful per service, never per request.
 */
public final class Upstream {

    private final String name;
    private final String authority;
    private final long timeoutMillis;
    private final Vertx vertx;
    private final HttpClientOptions options;
    private final PoolOptions pool;
    private final HttpClient shared;
    private final Map<Thread, HttpClient> perEventLoop = new ConcurrentHashMap<>();

    Upstream(String name, String authority, long timeoutMillis, Vertx vertx, HttpClientOptions options, PoolOptions pool) {
        this.name = name;
        this.authority = authority;
        this.timeoutMillis = timeoutMillis;
        this.vertx = vertx;
        this.options = options;
        this.pool = pool;
        this.shared = vertx.createHttpClient(options, pool);
    }

    public String name() {
        return name;
    }

    /** What the service sees as {@code Host}. */
    public String authority() {
        return authority;
    }

    public long timeoutMillis() {
        return timeoutMillis;
    }

    /** The client for the calling event loop; callers off an event loop share one. */
    public HttpClient client() {
        if (!Context.isOnEventLoopThread()) {
            return shared;
        }
        return perEventLoop.computeIfAbsent(Thread.currentThread(), loop -> vertx.createHttpClient(options, pool));
    }

    void close() {
        shared.close();
        perEventLoop.values().forEach(HttpClient::close);
    }
}
