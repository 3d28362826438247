package io.lightningops.defaults.client;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import io.lightningops.defaults.http.RequestIds;

/**
 * Headers for a call to a peer service made while serving a client's request: the caller's bearer token
 * (so the peer checks the caller's roles and records the caller, not us) and the request id (so one id
 * follows the request through every service's logs). Register it on a REST client interface with
 * {@code @RegisterClientHeaders(ForwardCaller.class)}.
 *
 * <p>Background work has no caller: there a service uses its own client-credentials token instead
 * ({@code @OidcClientFilter} of quarkus-rest-client-oidc-filter, the service's Keycloak client).
 *
 * <p>Deliberately not a CDI bean: service-defaults is also on the class path of modules without a REST
 * client, and the REST client instantiates a factory that is not a bean itself.
 */
public class ForwardCaller implements ClientHeadersFactory {

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        String authorization = incoming.getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !outgoing.containsKey(HttpHeaders.AUTHORIZATION)) {
            headers.putSingle(HttpHeaders.AUTHORIZATION, authorization);
        }
        String requestId = RequestIds.current();
        if (requestId != null) {
            headers.putSingle(RequestIds.HEADER, requestId);
        }
        return headers;
    }
}
