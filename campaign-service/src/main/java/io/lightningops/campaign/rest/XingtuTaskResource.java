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

import io.lightningops.campaign.domain.XingtuTaskStatus;
import io.lightningops.campaign.service.XingtuTaskService;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/partnerships/{partnershipId}/xingtu-tasks")
@Tag(name = "Xingtu tasks", description = "Creator tasks ordered on Xingtu (星图) under a partnership, with price model and cost")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class XingtuTaskResource {

    private final XingtuTaskService service;
    private final Idempotency idempotency;

    public XingtuTaskResource(XingtuTaskService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "createXingtuTask", summary = "Record a Xingtu order",
            description = "Roles: admin, operator. Price models: FIXED_PER_VIDEO (per video), CPM (per 1000 "
                    + "impressions), CPE (per engagement), CPA (per action); cost = unit price x actual units, capped at "
                    + "budgetCap. The Xingtu order id is unique (409). Not under an ARCHIVED partnership (409). "
                    + "Emits xingtu_task.created.")
    @RequestBody(content = @Content(schema = @Schema(implementation = XingtuTaskRequest.class),
            examples = @ExampleObject(name = "cpm", value = Examples.XINGTU_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URL of the task"),
                    @Header(name = "ETag", description = "Version")},
            content = @Content(schema = @Schema(implementation = XingtuTaskResponse.class)))
    @APIResponse(responseCode = "409", description = "The order id is taken, or the partnership is archived",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(@PathParam("partnershipId") UUID partnershipId,
            @Parameter(description = "Makes retries safe") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull XingtuTaskRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/partnerships/" + partnershipId + "/xingtu-tasks", request, () -> {
            XingtuTaskResponse created = service.create(partnershipId, request);
            return ETags.created(uri, created.id(), created, created.version());
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.PARTNER})
    @Operation(operationId = "listXingtuTasks", summary = "List a partnership's Xingtu tasks",
            description = "Roles: admin, operator, analyst; partner (own agency's partnerships only, 404 for others).")
    @APIResponse(responseCode = "200", description = "A page of tasks")
    public Page<XingtuTaskResponse> list(@PathParam("partnershipId") UUID partnershipId,
            @Parameter(description = "Only in this status") @QueryParam("status") XingtuTaskStatus status,
            @Valid @BeanParam PageParams page) {
        return service.list(partnershipId, status, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.PARTNER})
    @Operation(operationId = "getXingtuTask", summary = "Read a Xingtu task",
            description = "Roles: admin, operator, analyst; partner (own agency's only, 404 for others).")
    @APIResponse(responseCode = "200", description = "The task",
            headers = @Header(name = "ETag", description = "Version"),
            content = @Content(schema = @Schema(implementation = XingtuTaskResponse.class),
                    examples = @ExampleObject(name = "task", value = Examples.XINGTU_TASK)))
    public Response get(@PathParam("partnershipId") UUID partnershipId, @PathParam("id") UUID id) {
        XingtuTaskResponse task = service.get(partnershipId, id);
        return ETags.ok(task, task.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "updateXingtuTask", summary = "Record a Xingtu task's status and results",
            description = "Roles: admin, operator. Requires If-Match. Status moves ORDERED -> IN_PROGRESS -> "
                    + "COMPLETED -> SETTLED, or to CANCELLED before SETTLED; SETTLED and CANCELLED are final (409). "
                    + "Emits xingtu_task.updated.")
    @APIResponse(responseCode = "200", description = "The task with its cost",
            headers = @Header(name = "ETag", description = "New version"),
            content = @Content(schema = @Schema(implementation = XingtuTaskResponse.class)))
    @APIResponse(responseCode = "409", description = "Not a legal next status, or the task is final",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("partnershipId") UUID partnershipId, @PathParam("id") UUID id,
            @Parameter(description = "The ETag of your last read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull XingtuTaskUpdate request) {
        XingtuTaskResponse task = service.update(partnershipId, id, ifMatch, request);
        return ETags.ok(task, task.version());
    }
}
