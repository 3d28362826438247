package io.lightningops.analytics.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;

/**
 * risk-service's incident API, as far as analytics uses it. Alert reports run in the background, with no caller:
 * they carry analytics-service's own client-credentials token (Keycloak client analytics-service, role analyst).
 * Wrapped by {@link RiskClient}.
 */
@RegisterRestClient(configKey = "risk")
@OidcClientFilter
@Path("/api/incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface RiskApi {

    @POST
    @Path("/alerts")
    IncidentRef reportAlert(AlertReport report);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        int status = response.getStatus();
        String detail = "risk-service answered " + status;
        // 400/404/422: the report itself is wrong; 401/403 (token, roles), 409 (a concurrent report), 408, 429, 5xx: later
        return status == 400 || status == 404 || status == 422 ? new RiskRefusedException(detail)
                : new RiskUnavailableException(detail);
    }
}
