package io.lightningops.gateway.openapi;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import io.lightningops.defaults.http.ProblemResponses;
import io.lightningops.defaults.problem.ProblemType;

/**
 * {@code GET /q/openapi}: the merged document of all services, JSON by default, YAML with
 * {@code ?format=yaml}. The gateway's own SmallRye document moves to {@code quarkus.smallrye-openapi.path}
 * so that this path means the same thing here as on every service: the API you can call.
 */
@Singleton
public class OpenApiRoutes {

    static final String PATH = "/q/openapi";
    private static final Logger LOG = Logger.getLogger(OpenApiRoutes.class);

    private final MergedOpenApi merged;
    private final ProblemResponses problems;

    public OpenApiRoutes(MergedOpenApi merged, ProblemResponses problems) {
        this.merged = merged;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.get(PATH).handler(this::serve);
    }

    private void serve(RoutingContext rc) {
        String format = rc.request().getParam("format");
        boolean yaml = format != null && (format.equalsIgnoreCase("yaml") || format.equalsIgnoreCase("yml"));
        Context context = Vertx.currentContext();
        merged.document().onComplete(result -> context.runOnContext(ignored -> {
            if (result.failed()) {
                LOG.error("Merging the API documents failed", result.cause());
                problems.send(rc, ProblemType.INTERNAL, "The API document could not be assembled; retry later");
                return;
            }
            MergedOpenApi.Document document = result.result();
            rc.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, yaml ? "application/yaml;charset=UTF-8" : "application/json;charset=UTF-8")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .end(yaml ? document.yaml() : document.json());
        }));
    }
}
