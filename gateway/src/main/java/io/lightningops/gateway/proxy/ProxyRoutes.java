package io.lightningops.gateway.proxy;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import io.lightningops.defaults.http.ProblemResponses;
import io.lightningops.defaults.problem.ProblemType;
import io.lightningops.gateway.security.BearerCheck;

/**
 * {@code /api/**}: the public API of every service, forwarded with path and query unchanged to the
 * service that owns the prefix, once the bearer token is verified. A plain Vert.x route rather than a
 * JAX-RS resource: nothing is buffered or deserialized, and the body streams through.
 */
@Singleton
public class ProxyRoutes {

    /** The request-context key where Quarkus' HTTP metrics look for the route template. */
    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    private final Upstreams upstreams;
    private final BearerCheck bearer;
    private final ProblemResponses problems;

    public ProxyRoutes(Upstreams upstreams, BearerCheck bearer, ProblemResponses problems) {
        this.upstreams = upstreams;
        this.bearer = bearer;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route("/api/*").handler(this::handle);
    }

    private void handle(RoutingContext rc) {
        // The normalized path decides the service, so /api/accounts/../scans cannot borrow another prefix.
        String path = rc.normalizedPath();
        Upstreams.Route route = upstreams.route(path);
        if (route == null) {
            problems.send(rc, ProblemType.NOT_FOUND, "No resource at " + rc.request().path());
            return;
        }
        // The HTTP metrics tag requests with this instead of the raw path, whose ids would make a new series each.
        ((HttpServerRequestInternal) rc.request()).context().putLocal(URL_PATH_TEMPLATE, route.prefix());
        Upstream upstream = route.upstream();
        // Quarkus pauses every request on arrival; said again here because the body must wait, unread,
        // until the token is verified and the service is connected (the pipe then resumes it).
        rc.request().pause();
        bearer.authenticate(rc, authenticated -> new Exchange(authenticated, upstream, problems).start());
    }
}
