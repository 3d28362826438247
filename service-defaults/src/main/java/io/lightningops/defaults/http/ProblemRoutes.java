package io.lightningops.defaults.http;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import io.lightningops.defaults.problem.Failures;
import io.lightningops.defaults.problem.ProblemType;

/**
 * HTTP-level defaults of every service and the gateway: the request id on every request and
 * response, and problem+json for the errors Vert.x answers itself (no route, wrong method,
 * body too large, failures outside JAX-RS).
 */
@ApplicationScoped
public class ProblemRoutes {

    /** Before Quarkus' own handlers (CORS, security), so even their answers carry the id. */
    static final int REQUEST_ID_ORDER = Integer.MIN_VALUE + 100;

    private static final Logger LOG = Logger.getLogger(ProblemRoutes.class);

    private final ProblemResponses problems;
    private final long maxBodyBytes;

    public ProblemRoutes(ProblemResponses problems,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.problems = problems;
        this.maxBodyBytes = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    void install(@Observes Router router) {
        router.route().order(REQUEST_ID_ORDER).handler(this::tagRequest);
        router.errorHandler(404, rc -> problems.send(rc, ProblemType.NOT_FOUND, "No resource at " + rc.request().path()));
        router.errorHandler(405, rc -> problems.send(rc, ProblemType.METHOD_NOT_ALLOWED, "This resource does not allow that method"));
        router.errorHandler(413, rc -> problems.send(rc, ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large"));
        router.errorHandler(415, rc -> problems.send(rc, ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "This resource does not accept the request's media type"));
        router.errorHandler(401, rc -> unauthorized(rc));
        router.errorHandler(403, rc -> problems.send(rc, ProblemType.FORBIDDEN, "Your roles do not allow this operation"));
        router.errorHandler(500, this::failed);
        router.errorHandler(503, rc -> problems.sendUnavailable(rc, "Unavailable; retry later"));
    }

    private void tagRequest(RoutingContext rc) {
        String id = RequestIds.accept(rc.request().getHeader(RequestIds.HEADER));
        rc.put(RequestIds.MDC_KEY, id);
        MDC.put(RequestIds.MDC_KEY, id);
        rc.response().putHeader(RequestIds.HEADER, id);
        rc.addEndHandler(done -> MDC.remove(RequestIds.MDC_KEY));
        if (declaredBodyTooLarge(rc)) {
            // Quarkus would refuse it a step later with an empty 413; refuse it here with a problem
            rc.response().putHeader("Connection", "close");
            problems.send(rc, ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than " + maxBodyBytes + " bytes");
            return;
        }
        rc.next();
    }

    private boolean declaredBodyTooLarge(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        if (length == null) {
            return false;
        }
        try {
            return Long.parseLong(length.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void unauthorized(RoutingContext rc) {
        problems.sendAuthenticationFailure(rc, rc.failure(), ProblemResponses.BEARER_CHALLENGE,
                "A valid bearer token is required");
    }

    private void failed(RoutingContext rc) {
        Throwable failure = rc.failure();
        if (failure != null && Failures.identityProviderUnavailable(failure)) {
            unauthorized(rc);
            return;
        }
        ProblemType type = failure == null ? null : Failures.classify(failure);
        if (type != null) {
            problems.send(rc, type, Failures.detailFor(type));
            return;
        }
        LOG.error("Unexpected failure outside a resource", failure);
        problems.send(rc, ProblemType.INTERNAL, "An unexpected error occurred; quote the request id when you report it");
    }
}
