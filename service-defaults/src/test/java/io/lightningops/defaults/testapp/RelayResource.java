package io.lightningops.defaults.testapp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.security.identity.SecurityIdentity;

import io.lightningops.defaults.client.ForwardCaller;
import io.lightningops.defaults.http.RequestIds;
import io.lightningops.defaults.security.Roles;

/** A service calling a peer (here: itself) while serving a request, with the caller's headers forwarded. */
@Path("/api/relay")
@Produces(MediaType.APPLICATION_JSON)
public class RelayResource {

    public record Caller(String user, String requestId) {
    }

    @RegisterClientHeaders(ForwardCaller.class)
    @Path("/api/relay/whoami")
    public interface Peer {
        @GET
        Caller whoami();
    }

    private final SecurityIdentity identity;

    public RelayResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public Caller relay(@Context UriInfo uri) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(uri.getBaseUri()).build(Peer.class).whoami();
    }

    @GET
    @Path("/whoami")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public Caller whoami(@HeaderParam(RequestIds.HEADER) String requestId) {
        return new Caller(identity.getPrincipal().getName(), requestId);
    }
}
