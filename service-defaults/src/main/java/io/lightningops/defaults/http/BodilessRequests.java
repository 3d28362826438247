package io.lightningops.defaults.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request without a body is read as JSON, whatever Content-Type it names or leaves out: a command such as
 * {@code POST /api/assets/{id}/uses} sent bare (curl and fetch send no type; some HTTP libraries send a form
 * type for an empty POST) is not refused with a 415 because the resource consumes JSON. An operation that
 * needs a body then answers 400 with the missing body named, which says what is wrong. A request that
 * carries a body keeps its Content-Type, and a wrong one is still a 415.
 */
public class BodilessRequests {

    @ServerRequestFilter(preMatching = true)
    public void filter(ContainerRequestContext request) {
        if (bodiless(request)) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    private static boolean bodiless(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") == null && (length == null || length.strip().equals("0"));
    }
}
