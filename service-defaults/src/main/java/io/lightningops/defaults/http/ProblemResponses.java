package io.lightningops.defaults.http;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

import io.lightningops.defaults.problem.Failures;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.problem.ProblemType;

/**
 * Writes problem+json at the Vert.x level, for errors that never reach a JAX-RS resource
 * (unknown routes, oversized bodies, the gateway's own answers).
 */
@ApplicationScoped
public class ProblemResponses {

    /** How long a client should wait before it retries a 503. */
    public static final String RETRY_AFTER_SECONDS = "5";
    /** The 401 challenge: the suite takes bearer tokens of the realm "lightning". */
    public static final String BEARER_CHALLENGE = "Bearer realm=\"lightning\"";
    public static final String IDENTITY_PROVIDER_UNAVAILABLE =
            "The identity provider cannot be reached to verify the token; retry later";

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public void send(RoutingContext rc, ProblemType type, String detail) {
        send(rc, type.problem(detail));
    }

    /**
     * The answer to a failed authentication: 503 when the identity provider could not be reached to
     * verify the token (the client should retry), 401 with {@code challenge} otherwise.
     */
    public void sendAuthenticationFailure(RoutingContext rc, Throwable failure, String challenge, String detail) {
        if (failure != null && Failures.identityProviderUnavailable(failure)) {
            sendUnavailable(rc, IDENTITY_PROVIDER_UNAVAILABLE);
            return;
        }
        rc.response().putHeader("WWW-Authenticate", challenge);
        send(rc, ProblemType.UNAUTHORIZED, detail);
    }

    /** 503 with Retry-After: something this request needs is unavailable for now. */
    public void sendUnavailable(RoutingContext rc, String detail) {
        rc.response().putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        send(rc, ProblemType.SERVICE_UNAVAILABLE, detail);
    }

    public void send(RoutingContext rc, Problem problem) {
        HttpServerResponse response = rc.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            return;
        }
        String requestId = rc.get(RequestIds.MDC_KEY);
        Problem body = problem.withContext(rc.request().path(), requestId);
        response.setStatusCode(body.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (requestId != null) {
            response.putHeader(RequestIds.HEADER, requestId);
        }
        response.end(serialize(body));
    }

    public String serialize(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written as JSON", e);
        }
    }
}
