package io.lightningops.content.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;

/**
 * risk-service's reviews, read by background work that has no caller (the review poller), with content-service's
 * own client-credentials token (Keycloak client {@code content-service}). Wrapped by {@link RiskClient}.
 */
@RegisterRestClient(configKey = "risk-service-account")
@OidcClientFilter
@Path("/api/reviews")
@Produces(MediaType.APPLICATION_JSON)
interface RiskServiceAccountApi {

    @GET
    @Path("/{id}")
    Review review(@PathParam("id") String id);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return RiskClient.failure(response.getStatus());
    }
}
