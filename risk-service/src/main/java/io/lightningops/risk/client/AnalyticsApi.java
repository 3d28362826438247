package io.lightningops.risk.client;

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

/**
 * analytics-service's metric API, as far as risk-service uses it, called with the caller's token. Wrapped by
 * {@link AnalyticsClient}.
 */
@RegisterRestClient(configKey = "analytics")
@RegisterClientHeaders(ForwardCaller.class)
@Path("/api/metrics")
@Produces(MediaType.APPLICATION_JSON)
interface AnalyticsApi {

    @GET
    Page<MetricSnapshot> metrics(@QueryParam("accountId") String accountId, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return response.getStatus() >= 500 ? new AnalyticsUnavailableException("analytics-service answered " + response.getStatus())
                : new AnalyticsRefusedException(response.getStatus());
    }
}
