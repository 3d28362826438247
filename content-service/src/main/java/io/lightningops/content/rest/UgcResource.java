package io.lightningops.content.rest;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lightningops.content.service.UgcService;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/ugc")
@Tag(name = "UGC", description = "User-generated content submissions and the weekly picks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UgcResource {

    private final UgcService service;
    private final Idempotency idempotency;

    public UgcResource(UgcService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Path("/submissions")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "createUgcSubmission", summary = "Record a UGC submission",
            description = "Roles: admin, operator. The creator's @handle and an https link are required. Retries with "
                    + "the same Idempotency-Key replay the first response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = UgcSubmissionRequest.class),
            examples = @ExampleObject(name = "submission", value = Examples.UGC_SUBMISSION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", description = "URL of the new submission"),
            content = @Content(schema = @Schema(implementation = UgcSubmissionResponse.class),
                    examples = @ExampleObject(name = "submission", value = Examples.UGC_SUBMISSION)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response submit(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull UgcSubmissionRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/ugc/submissions", request, () -> {
            UgcSubmissionResponse created = service.submit(request);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
        });
    }

    @GET
    @Path("/submissions")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "listUgcSubmissions", summary = "List UGC submissions",
            description = "Roles: admin, operator, analyst, compliance. Newest first; filter by account, topic, handle "
                    + "and whether they were picked.")
    @APIResponse(responseCode = "200", description = "A page of submissions")
    public Page<UgcSubmissionResponse> list(
            @Parameter(description = "Only submissions for this account", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("accountId") String accountId,
            @Parameter(description = "Only submissions for this topic", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("topicId") String topicId,
            @Parameter(description = "true: only picked ones; false: only ones not picked yet") @QueryParam("picked") Boolean picked,
            @Parameter(description = "Only this creator's, e.g. @咖啡小白的日常") @QueryParam("handle") String handle,
            @Valid @BeanParam PageParams page) {
        return service.list(Ids.parse("accountId", accountId), Ids.parse("topicId", topicId), picked, handle, page);
    }

    @GET
    @Path("/submissions/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "getUgcSubmission", summary = "Read a UGC submission",
            description = "Roles: admin, operator, analyst, compliance. `pickedWeek` says if and when it was picked.")
    @APIResponse(responseCode = "200", description = "The submission",
            content = @Content(schema = @Schema(implementation = UgcSubmissionResponse.class),
                    examples = @ExampleObject(name = "submission", value = Examples.UGC_SUBMISSION)))
    public UgcSubmissionResponse get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/picks")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "pickUgc", summary = "Pick submissions for a week",
            description = "Roles: admin, operator. Adds the submissions to the ISO week's picks (after earlier ones), all "
                    + "or nothing. A submission is picked at most once in any week (409), a week holds at most "
                    + "lightning.ugc.max-picks-per-week picks (409). Retries with the same Idempotency-Key replay the first "
                    + "response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PicksRequest.class),
            examples = @ExampleObject(name = "picks", value = Examples.UGC_PICKS_REQUEST)))
    @APIResponse(responseCode = "201", description = "The week's picks, with the new ones",
            headers = @Header(name = "Location", description = "URL of the week's picks"),
            content = @Content(schema = @Schema(implementation = WeekPicksResponse.class),
                    examples = @ExampleObject(name = "week", value = Examples.UGC_WEEK_PICKS)))
    @APIResponse(responseCode = "409", description = "A submission was already picked, or the week would hold too many",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response pick(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull PicksRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/ugc/picks", request, () -> {
            WeekPicksResponse week = service.pick(request);
            return Response.created(uri.getAbsolutePathBuilder().path(week.week()).build()).entity(week).build();
        });
    }

    @GET
    @Path("/picks")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "listUgcPicks", summary = "The history of the weekly picks",
            description = "Roles: admin, operator, analyst, compliance. Every pick between two ISO weeks (both included, "
                    + "either optional), oldest week first, in the order picked.")
    @APIResponse(responseCode = "200", description = "A page of picks")
    public Page<PickResponse> history(
            @Parameter(description = "The first week, YYYY-Www", example = "2026-W40") @QueryParam("from") String from,
            @Parameter(description = "The last week, YYYY-Www", example = "2026-W48") @QueryParam("to") String to,
            @Valid @BeanParam PageParams page) {
        return service.history(from, to, page);
    }

    @GET
    @Path("/picks/{week}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "getUgcWeekPicks", summary = "One week's picks",
            description = "Roles: admin, operator, analyst, compliance. A week without picks answers an empty list.")
    @APIResponse(responseCode = "200", description = "The week's picks",
            content = @Content(schema = @Schema(implementation = WeekPicksResponse.class),
                    examples = @ExampleObject(name = "week", value = Examples.UGC_WEEK_PICKS)))
    public WeekPicksResponse week(@Parameter(description = "The ISO week, YYYY-Www", example = "2026-W48")
            @PathParam("week") String week) {
        return service.week(week);
    }
}
