package io.lightningops.campaign.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lightningops.campaign.domain.DeliveryStatus;
import io.lightningops.campaign.service.WebhookService;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/webhooks")
@Tag(name = "Webhooks", description = "Agencies' endpoints for partnership and deliverable events, signed with "
        + "HMAC-SHA256 over timestamp + \".\" + body, retried with backoff, with a delivery log")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private final WebhookService service;

    public WebhookResource(WebhookService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "createWebhook", summary = "Register an endpoint",
            description = "Roles: partner (for its own agency), admin (names the agency). The answer carries the "
                    + "signing secret, the only time it is shown. The URL must be http(s) and, outside dev/test, "
                    + "resolve only to public addresses (400 otherwise). No Idempotency-Key: a stored replay would "
                    + "keep the secret in clear; on a lost answer, rotate the secret or delete and register again.")
    @RequestBody(content = @Content(schema = @Schema(implementation = WebhookRequest.class),
            examples = @ExampleObject(name = "webhook", value = Examples.WEBHOOK_REQUEST)))
    @APIResponse(responseCode = "201", description = "Registered; the secret is in this answer only",
            headers = @Header(name = "Location", description = "URL of the subscription"),
            content = @Content(schema = @Schema(implementation = WebhookResponse.class),
                    examples = @ExampleObject(name = "webhook", value = Examples.WEBHOOK_CREATED)))
    public Response create(@Valid @NotNull WebhookRequest request, @Context UriInfo uri) {
        WebhookResponse created = service.create(request);
        return ETags.created(uri, created.id(), created, created.version());
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "listWebhooks", summary = "List webhook subscriptions",
            description = "Roles: partner (its own agency's only), admin (all, or one agency's with agency=).")
    @APIResponse(responseCode = "200", description = "A page of subscriptions, without secrets")
    public Page<WebhookResponse> list(
            @Parameter(description = "Admin: only this agency's") @QueryParam("agency") String agency,
            @Valid @BeanParam PageParams page) {
        return service.list(agency, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "getWebhook", summary = "Read a webhook subscription",
            description = "Roles: partner (own agency's only, 404 for others), admin.")
    @APIResponse(responseCode = "200", description = "The subscription, without its secret",
            headers = @Header(name = "ETag", description = "Version"),
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        WebhookResponse webhook = service.get(id);
        return ETags.ok(webhook, webhook.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "updateWebhook", summary = "Change a subscription's URL, events or active flag",
            description = "Roles: partner (own agency's only, 404 for others), admin. Requires If-Match. An inactive "
                    + "subscription gets no new deliveries, and its pending ones wait until it is active again.")
    @APIResponse(responseCode = "200", description = "The updated subscription",
            headers = @Header(name = "ETag", description = "New version"),
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of your last read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WebhookRequest request) {
        WebhookResponse updated = service.update(id, ifMatch, request);
        return ETags.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "deleteWebhook", summary = "Remove a subscription and its delivery log",
            description = "Roles: partner (own agency's only, 404 for others), admin.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }

    @POST
    @Path("/{id}/secret")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "rotateWebhookSecret", summary = "Replace the signing secret",
            description = "Roles: partner (own agency's only, 404 for others), admin. The new secret is in this answer "
                    + "only and signs every attempt from now on, including retries of earlier events.")
    @APIResponse(responseCode = "200", description = "The subscription with its new secret",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    public WebhookResponse rotateSecret(@PathParam("id") UUID id) {
        return service.rotateSecret(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "listWebhookDeliveries", summary = "The subscription's delivery log, newest first",
            description = "Roles: partner (own agency's only, 404 for others), admin. Each event's delivery: status "
                    + "(PENDING, DELIVERED, DEAD), attempts, the last answer or error, and when it is tried next.")
    @APIResponse(responseCode = "200", description = "A page of deliveries",
            content = @Content(examples = @ExampleObject(name = "deliveries", value = Examples.DELIVERIES)))
    public Page<WebhookDeliveryResponse> deliveries(@PathParam("id") UUID id,
            @Parameter(description = "Only in this status") @QueryParam("status") DeliveryStatus status,
            @Valid @BeanParam PageParams page) {
        return service.deliveries(id, status, page);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "redeliverWebhook", summary = "Send a DEAD delivery again",
            description = "Roles: partner (own agency's only, 404 for others), admin. Resets its attempts; only a DEAD "
                    + "delivery (409 otherwise). The event id stays the same.")
    @APIResponse(responseCode = "200", description = "The delivery, PENDING again",
            content = @Content(schema = @Schema(implementation = WebhookDeliveryResponse.class)))
    @APIResponse(responseCode = "409", description = "The delivery is not DEAD",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public WebhookDeliveryResponse redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return service.redeliver(id, deliveryId);
    }
}
