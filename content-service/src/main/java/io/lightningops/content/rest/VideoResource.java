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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lightningops.content.domain.VideoStatus;
import io.lightningops.content.service.VideoService;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/videos")
@Tag(name = "Videos", description = "Videos and their workflow, from DRAFT to RETIRED")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VideoResource {

    private final VideoService service;
    private final Idempotency idempotency;

    public VideoResource(VideoService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "createVideo", summary = "Create a video (a DRAFT)",
            description = "Roles: admin, operator. Retries with the same Idempotency-Key replay the first response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = VideoRequest.class),
            examples = @ExampleObject(name = "video", value = Examples.VIDEO_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created, as a DRAFT",
            headers = {@Header(name = "Location", description = "URL of the new video"),
                    @Header(name = "ETag", description = "Version of the video")},
            content = @Content(schema = @Schema(implementation = VideoResponse.class),
                    examples = @ExampleObject(name = "video", value = Examples.VIDEO)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull VideoRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/videos", request, () -> {
            VideoResponse created = service.create(request);
            return ETags.created(uri, created.id(), created, created.version());
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "listVideos", summary = "List videos",
            description = "Roles: admin, operator, analyst, compliance. Filter by account and status.")
    @APIResponse(responseCode = "200", description = "A page of videos")
    public Page<VideoResponse> list(
            @Parameter(description = "Only the videos of this account",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("accountId") String accountId,
            @Parameter(description = "Only videos in this status") @QueryParam("status") VideoStatus status,
            @Valid @BeanParam PageParams page) {
        return service.list(Ids.parse("accountId", accountId), status, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "getVideo", summary = "Read a video",
            description = "Roles: admin, operator, analyst, compliance. The ETag header is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The video",
            headers = @Header(name = "ETag", description = "Version of the video"),
            content = @Content(schema = @Schema(implementation = VideoResponse.class),
                    examples = @ExampleObject(name = "video", value = Examples.VIDEO)))
    public Response get(@PathParam("id") UUID id) {
        VideoResponse video = service.get(id);
        return ETags.ok(video, video.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "updateVideo", summary = "Replace a draft video",
            description = "Roles: admin, operator. Requires If-Match with the ETag of your last read; only a DRAFT can be edited.")
    @RequestBody(content = @Content(schema = @Schema(implementation = VideoRequest.class),
            examples = @ExampleObject(name = "video", value = Examples.VIDEO_REQUEST)))
    @APIResponse(responseCode = "200", description = "The updated video",
            headers = @Header(name = "ETag", description = "New version of the video"),
            content = @Content(schema = @Schema(implementation = VideoResponse.class)))
    @APIResponse(responseCode = "409", description = "The video is no longer a DRAFT",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of your last read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull VideoRequest request) {
        VideoResponse updated = service.update(id, ifMatch, request);
        return ETags.ok(updated, updated.version());
    }
}
