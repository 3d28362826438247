package io.lightningops.content.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;

import io.lightningops.defaults.client.ForwardCaller;

/** risk-service's scans and reviews, called with the caller's token while serving a request. Wrapped by {@link RiskClient}. */
@RegisterRestClient(configKey = "risk")
@RegisterClientHeaders(ForwardCaller.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface RiskApi {

    @POST
    @Path("/scans/batch")
    ScanBatch.Response scan(ScanBatch.Request request);

    @POST
    @Path("/reviews")
    Review openReview(@HeaderParam("Idempotency-Key") String idempotencyKey, ReviewOpening opening);

    @GET
    @Path("/reviews/{id}")
    Review review(@PathParam("id") String id);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return RiskClient.failure(response.getStatus());
    }
}
