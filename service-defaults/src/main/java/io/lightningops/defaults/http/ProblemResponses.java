package io.lightningops.defaults.http;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.problem.ProblemType;

/**
 * Writes problem+json at the Vert.x level, for errors that never reach a JAX-RS resource
 * (unknown routes, oversized bodies, the gateway's own answers).
 */
@ApplicationScoped
public class ProblemResponses {

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public void send(RoutingContext rc, ProblemType type, String detail) {
        send(rc, type.problem(detail));
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
