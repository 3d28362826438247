package io.lightningops.gateway.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import io.lightningops.defaults.http.ProblemResponses;
import io.lightningops.defaults.problem.ProblemType;

/**
 * Quarkus' CORS filter (configured by {@code quarkus.http.cors.*}) does the CORS work, but it refuses
 * a foreign origin with an empty 403. This route runs just before it and refuses the same requests
 * with a problem body, as every error of the suite has. Allowed origins pass straight on.
 */
@Singleton
public class CorsRejections {

    /** Just before Quarkus' CORS filter. */
    static final int ORDER = -1 * SecurityHandlerPriorities.CORS - 1;

    private final Set<String> origins;
    private final ProblemResponses problems;

    public CorsRejections(
            // Quarkus' own key, read here so that the origins are configured in one place only
            @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins,
            @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean enabled,
            ProblemResponses problems) {
        this.origins = enabled ? Set.copyOf(origins.orElse(List.of())) : null;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        if (origins != null) {
            router.route().order(ORDER).handler(this::check);
        }
    }

    private void check(RoutingContext rc) {
        String origin = rc.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null || origins.contains(origin) || sameOrigin(rc.request(), origin)) {
            rc.next();
            return;
        }
        problems.send(rc, ProblemType.FORBIDDEN, "Browsers on the origin " + origin + " may not call this API");
    }

    private static boolean sameOrigin(HttpServerRequest request, String origin) {
        HostAndPort authority = request.authority();
        if (authority == null) {
            return false;
        }
        String scheme = request.scheme() == null ? "http" : request.scheme();
        int defaultPort = "https".equals(scheme) ? 443 : 80;
        String host = scheme + "://" + authority.host();
        return origin.equalsIgnoreCase(authority.port() < 0 || authority.port() == defaultPort ? host : host + ":" + authority.port())
                || origin.equalsIgnoreCase(host + ":" + (authority.port() < 0 ? defaultPort : authority.port()));
    }
}
