package io.lightningops.content.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;

import io.lightningops.defaults.client.ForwardCaller;
import io.lightningops.defaults.paging.Page;

/** analytics-service's metric snapshots, read with the caller's token. Wrapped by {@link AnalyticsClient}. */
@RegisterRestClient(configKey = "analytics")
@RegisterClientHeaders(ForwardCaller.class)
@Path("/api/metrics")
@Produces(MediaType.APPLICATION_JSON)
interface AnalyticsApi {

    /** Newest capturedAt first. */
    @GET
    Page<MetricSnapshot> metrics(@QueryParam("videoId") String videoId, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return response.getStatus() >= 500 ? new PeerUnavailableException(AnalyticsClient.PEER + " answered " + response.getStatus())
                : new PeerRefusedException(AnalyticsClient.PEER, response.getStatus());
    }
}
