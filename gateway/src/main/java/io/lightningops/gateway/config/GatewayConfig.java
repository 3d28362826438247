package io.lightningops.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The gateway's routing table and its API-docs settings. The table lives only here (fed by
 * application.properties), so adding a resource to a service means adding its prefix in one place.
 */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by name (content, analytics, campaign, risk). */
    Map<String, Upstream> upstreams();

    OpenApi openapi();

    Auth auth();

    interface Upstream {

        /** Base URL of the service, e.g. http://localhost:8081; only scheme, host and port are used. */
        URI url();

        /** Longest wait for the service's response headers, from the moment the request is forwarded. */
        @WithDefault("10s")
        Duration timeout();

        /**
         * Path prefixes the service owns. A prefix matches the path exactly or followed by {@code /};
         * the query string is never part of the match.
         */
        List<String> prefixes();

        /** Pooled keep-alive connections to this service; a request beyond them waits for a free one. */
        @WithDefault("64")
        int poolSize();
    }

    interface Auth {

        /**
         * Tokens remembered as verified, so that a client's repeated requests skip the signature check.
         * 0 verifies every request.
         */
        @WithDefault("10000")
        int cacheSize();

        /** Longest time a verified token is trusted without a new check; never beyond its own expiry. */
        @WithDefault("2m")
        Duration cacheMaxAge();
    }

    interface OpenApi {

        /** How long a merged document is served before the services are asked again. */
        @WithDefault("30s")
        Duration cacheTtl();

        /** Shorter reuse of a document that misses a service, so that it shows up soon after it starts. */
        @WithDefault("5s")
        Duration degradedCacheTtl();

        /** Longest wait for one service's document. */
        @WithDefault("3s")
        Duration fetchTimeout();

        /** Path of each service's own document. */
        @WithDefault("/q/openapi?format=json")
        String servicePath();

        /** Keycloak as browsers reach it (the Swagger UI logs in there), not as the gateway does. */
        @WithDefault("http://localhost:8180")
        URI keycloakPublicUrl();

        @WithDefault("lightning")
        String realm();

        @WithDefault("1.0.0")
        String version();
    }
}
