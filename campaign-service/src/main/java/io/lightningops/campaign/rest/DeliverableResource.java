package io.lightningops.campaign.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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

import io.lightningops.campaign.domain.DeliverableStatus;
import io.lightningops.campaign.service.DeliverableService;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/partnerships/{partnershipId}/deliverables")
@Tag(name = "Deliverables", description = "What a partner owes under a partnership, its submissions and their review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeliverableResource {

    private final DeliverableService service;
    private final Idempotency idempotency;

    public DeliverableResource(DeliverableService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "createDeliverable", summary = "Add a deliverable to a DRAFT contract",
            description = "Roles: admin, operator. Deliverables are the contract's terms: added only while it is "
                    + "DRAFT (409 otherwise). Price in CNY as a decimal string. Emits deliverable.created.")
    @RequestBody(content = @Content(schema = @Schema(implementation = DeliverableRequest.class),
            examples = @ExampleObject(name = "video", value = Examples.DELIVERABLE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URL of the deliverable"),
                    @Header(name = "ETag", description = "Version")},
            content = @Content(schema = @Schema(implementation = DeliverableResponse.class),
                    examples = @ExampleObject(name = "deliverable", value = Examples.DELIVERABLE)))
    @APIResponse(responseCode = "409", description = "The contract is past DRAFT",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(@PathParam("partnershipId") UUID partnershipId,
            @Parameter(description = "Makes retries safe") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull DeliverableRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/partnerships/" + partnershipId + "/deliverables", request, () -> {
            DeliverableResponse created = service.create(partnershipId, request);
            return ETags.created(uri, created.id(), created, created.version());
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.PARTNER})
    @Operation(operationId = "listDeliverables", summary = "List a partnership's deliverables",
            description = "Roles: admin, operator, analyst; partner (own agency's partnerships only, 404 for others). "
                    + "By due time.")
    @APIResponse(responseCode = "200", description = "A page of deliverables")
    public Page<DeliverableResponse> list(@PathParam("partnershipId") UUID partnershipId,
            @Parameter(description = "Only in this status") @QueryParam("status") DeliverableStatus status,
            @Valid @BeanParam PageParams page) {
        return service.list(partnershipId, status, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.PARTNER})
    @Operation(operationId = "getDeliverable", summary = "Read a deliverable",
            description = "Roles: admin, operator, analyst; partner (own agency's only, 404 for others).")
    @APIResponse(responseCode = "200", description = "The deliverable",
            headers = @Header(name = "ETag", description = "Version"),
            content = @Content(schema = @Schema(implementation = DeliverableResponse.class),
                    examples = @ExampleObject(name = "deliverable", value = Examples.DELIVERABLE)))
    public Response get(@PathParam("partnershipId") UUID partnershipId, @PathParam("id") UUID id) {
        DeliverableResponse deliverable = service.get(partnershipId, id);
        return ETags.ok(deliverable, deliverable.version());
    }

    @POST
    @Path("/{id}/submissions")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.PARTNER})
    @Operation(operationId = "submitDeliverable", summary = "Submit a deliverable: its link and metrics",
            description = "Roles: partner (own agency's only, 404 for others), admin, operator. Taken while the "
                    + "contract is IN_FORCE and the deliverable not yet ACCEPTED (409 otherwise); a later submission "
                    + "(e.g. updated metrics) replaces the deliverable's link and metrics and is kept as history. "
                    + "Retries with the same Idempotency-Key replay the first response. Emits deliverable.submitted.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SubmissionRequest.class),
            examples = @ExampleObject(name = "video", value = Examples.SUBMISSION_REQUEST)))
    @APIResponse(responseCode = "201", description = "The submission",
            headers = @Header(name = "Location", description = "URL of the submission"),
            content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
    @APIResponse(responseCode = "409", description = "The contract is not IN_FORCE, or the deliverable is accepted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response submit(@PathParam("partnershipId") UUID partnershipId, @PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull SubmissionRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey,
                "POST /api/partnerships/" + partnershipId + "/deliverables/" + id + "/submissions", request, () -> {
                    SubmissionResponse created = service.submit(partnershipId, id, request);
                    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
                });
    }

    @GET
    @Path("/{id}/submissions")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.PARTNER})
    @Operation(operationId = "listSubmissions", summary = "List a deliverable's submissions, oldest first",
            description = "Roles: admin, operator, analyst; partner (own agency's only, 404 for others).")
    @APIResponse(responseCode = "200", description = "A page of submissions")
    public Page<SubmissionResponse> submissions(@PathParam("partnershipId") UUID partnershipId, @PathParam("id") UUID id,
            @Valid @BeanParam PageParams page) {
        return service.submissions(partnershipId, id, page);
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "reviewDeliverable", summary = "Accept or reject a submitted deliverable",
            description = "Roles: admin, operator. Only a SUBMITTED deliverable (409 otherwise); ACCEPTED is final, "
                    + "REJECTED lets the partner submit again. Emits deliverable.reviewed.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReviewRequest.class),
            examples = @ExampleObject(name = "accept", value = Examples.REVIEW_REQUEST)))
    @APIResponse(responseCode = "200", description = "The reviewed deliverable",
            content = @Content(schema = @Schema(implementation = DeliverableResponse.class)))
    @APIResponse(responseCode = "409", description = "The deliverable is not SUBMITTED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response review(@PathParam("partnershipId") UUID partnershipId, @PathParam("id") UUID id,
            @Valid @NotNull ReviewRequest request) {
        DeliverableResponse reviewed = service.review(partnershipId, id, request);
        return ETags.ok(reviewed, reviewed.version());
    }
}
