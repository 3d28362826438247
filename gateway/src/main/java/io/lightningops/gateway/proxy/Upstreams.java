package io.lightningops.gateway.proxy;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;

import io.lightningops.gateway.config.GatewayConfig;

/**
 * The routing table: which service owns a path, and the one pooled HTTP client per service that
 * every request to it shares.
 */
@Singleton
public class Upstreams {

    /** A prefix and the service that owns it. */
    public record Route(String prefix, Upstream upstream) {
    }

    private final Route[] routes;
    private final List<Upstream> all;

    public Upstreams(GatewayConfig config, Vertx vertx) {
        List<Route> table = new ArrayList<>();
        List<Upstream> upstreams = new ArrayList<>();
        // Sorted by name so that the merged API document lists services in a stable order.
        config.upstreams().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            Upstream upstream = create(vertx, entry.getKey(), entry.getValue());
            upstreams.add(upstream);
            for (String prefix : entry.getValue().prefixes()) {
                String normalized = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
                for (Route existing : table) {
                    if (existing.prefix().equals(normalized)) {
                        throw new IllegalStateException("Prefix " + normalized + " is owned by both "
                                + existing.upstream().name() + " and " + upstream.name());
                    }
                }
                table.add(new Route(normalized, upstream));
            }
        });
        table.sort(Comparator.comparingInt((Route r) -> r.prefix().length()).reversed());
        this.routes = table.toArray(new Route[0]);
        this.all = List.copyOf(upstreams);
    }

    private static Upstream create(Vertx vertx, String name, GatewayConfig.Upstream config) {
        URI url = config.url();
        boolean ssl = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() > 0 ? url.getPort() : ssl ? 443 : 80;
        long timeout = config.timeout().toMillis();
        HttpClientOptions options = new HttpClientOptions()
                .setDefaultHost(url.getHost())
                .setDefaultPort(port)
                .setSsl(ssl)
                .setKeepAlive(true)
                // Below the services' own idle timeout, so the gateway never reuses a connection they are closing.
                .setKeepAliveTimeout(30)
                .setTcpNoDelay(true)
                // Bodies pass through untouched: compression is the client's and the service's business.
                .setDecompressionSupported(false)
                .setTryUseCompression(false)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeout))
                .setName("gateway-" + name);
        PoolOptions pool = new PoolOptions().setHttp1MaxSize(config.poolSize());
        boolean defaultPort = ssl ? port == 443 : port == 80;
        String authority = defaultPort ? url.getHost() : url.getHost() + ":" + port;
        return new Upstream(name, authority, timeout, vertx, options, pool);
    }

    /** The route that owns {@code path} (without query), or {@code null} when no prefix matches. */
    public Route route(String path) {
        // longest prefixes first, so that a nested prefix wins over its parent
        for (Route route : routes) {
            String prefix = route.prefix();
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return route;
            }
        }
        return null;
    }

    /** Every service, in a stable order. */
    public List<Upstream> all() {
        return all;
    }

    @PreDestroy
    void close() {
        for (Upstream upstream : all) {
            upstream.close();
        }
    }
}
