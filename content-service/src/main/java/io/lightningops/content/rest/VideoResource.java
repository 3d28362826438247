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

import io.lightningops.content.domain.Video;
import io.lightningops.content.domain.VideoStatus;
import io.lightningops.content.service.VideoService;
import io.lightningops.content.service.VideoSubmission;
import io.lightningops.content.service.VideoWorkflow;
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
    private final VideoSubmission submission;
    private final VideoWorkflow workflow;
    private final Idempotency idempotency;

    public VideoResource(VideoService service, VideoSubmission submission, VideoWorkflow workflow, Idempotency idempotency) {
        this.service = service;
        this.submission = submission;
        this.workflow = workflow;
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
            description = "Roles: admin, operator, analyst, compliance. The ETag header is the version to send in If-Match. "
                    + "An IN_REVIEW video is first brought up to date with its review in risk-service (read with the "
                    + "caller's token; if risk-service does not answer at once, the stored state is served and the "
                    + "review poller catches up).")
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
    @Operation(operationId = "updateVideo", summary = "Replace a video",
            description = "Roles: admin, operator. Requires If-Match with the ETag of your last read. DRAFT, REJECTED, "
                    + "APPROVED and SCHEDULED videos can be edited; a change of title or script of a REJECTED, APPROVED "
                    + "or SCHEDULED video sends it back to DRAFT (its slot is freed), so it must be submitted and scanned "
                    + "again before it can be scheduled. Only a DRAFT or REJECTED video can move to another account. "
                    + "IN_REVIEW, PUBLISHED and RETIRED videos cannot be edited (409).")
    @RequestBody(content = @Content(schema = @Schema(implementation = VideoRequest.class),
            examples = @ExampleObject(name = "video", value = Examples.VIDEO_REQUEST)))
    @APIResponse(responseCode = "200", description = "The updated video",
            headers = @Header(name = "ETag", description = "New version of the video"),
            content = @Content(schema = @Schema(implementation = VideoResponse.class)))
    @APIResponse(responseCode = "409", description = "The video is IN_REVIEW, PUBLISHED or RETIRED, or cannot change account in its status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of your last read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull VideoRequest request) {
        VideoResponse updated = service.update(id, ifMatch, request);
        return ETags.ok(updated, updated.version());
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "submitVideo", summary = "Submit a video for the risk scan",
            description = "Roles: admin, operator. A DRAFT or REJECTED video's title and script are scanned by "
                    + "risk-service with the caller's token. PASS: APPROVED. BLOCK: REJECTED, with the findings (each "
                    + "names its field, title or script, and its UTF-16 offsets in that field). REVIEW: a review is "
                    + "opened in risk-service (reviewId) and the video waits IN_REVIEW until the review decides. "
                    + "If-Match is optional; with it, a stale version is a 412. Retries with the same Idempotency-Key "
                    + "replay the first answer.")
    @APIResponse(responseCode = "200", description = "The video with its new status and the scan's findings",
            headers = @Header(name = "ETag", description = "New version of the video"),
            content = @Content(schema = @Schema(implementation = VideoResponse.class),
                    examples = @ExampleObject(name = "rejected", value = Examples.SUBMITTED_REJECTED)))
    @APIResponse(responseCode = "409", description = "The video is not DRAFT or REJECTED, or changed while it was scanned",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "502", description = "risk-service refused the scan or the review; the video is unchanged",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "risk-service is down or too slow; the video is unchanged (never approved unscanned)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unavailable", value = Examples.RISK_UNAVAILABLE)))
    public Response submit(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of your last read (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.run(idempotencyKey, "POST /api/videos/" + id + "/submit", ifMatch,
                () -> answer(submission.submit(id, ifMatch)));
    }

    @POST
    @Path("/{id}/schedule")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "scheduleVideo", summary = "Schedule an approved video",
            description = "Roles: admin, operator. APPROVED (or SCHEDULED, to move it) → SCHEDULED in the slot "
                    + "publishAt, which must be in the future and free: one video per slot of an account. If-Match "
                    + "optional; Idempotency-Key replays.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ScheduleRequest.class),
            examples = @ExampleObject(name = "slot", value = Examples.SCHEDULE_REQUEST)))
    @APIResponse(responseCode = "200", description = "The SCHEDULED video",
            headers = @Header(name = "ETag", description = "New version of the video"),
            content = @Content(schema = @Schema(implementation = VideoResponse.class)))
    @APIResponse(responseCode = "409", description = "The video is not APPROVED or SCHEDULED, or the slot is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "illegal", value = Examples.ILLEGAL_TRANSITION)))
    public Response schedule(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of your last read (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ScheduleRequest request) {
        return idempotency.run(idempotencyKey, "POST /api/videos/" + id + "/schedule", request,
                () -> answer(workflow.schedule(id, ifMatch, request.publishAt().toInstant(), request.note())));
    }

    @POST
    @Path("/{id}/unschedule")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "unscheduleVideo", summary = "Take a scheduled video off the calendar",
            description = "Roles: admin, operator. SCHEDULED → APPROVED; its slot is freed. If-Match optional.")
    @APIResponse(responseCode = "200", description = "The APPROVED video",
            headers = @Header(name = "ETag", description = "New version of the video"),
            content = @Content(schema = @Schema(implementation = VideoResponse.class)))
    @APIResponse(responseCode = "409", description = "The video is not SCHEDULED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response unschedule(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of your last read (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(workflow.unschedule(id, ifMatch));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "publishVideo", summary = "Record that a scheduled video was published",
            description = "Roles: admin, operator. SCHEDULED → PUBLISHED with the Douyin item id the operator "
                    + "published it as (one video per item). If-Match optional; Idempotency-Key replays.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PublishRequest.class),
            examples = @ExampleObject(name = "item", value = Examples.PUBLISH_REQUEST)))
    @APIResponse(responseCode = "200", description = "The PUBLISHED video",
            headers = @Header(name = "ETag", description = "New version of the video"),
            content = @Content(schema = @Schema(implementation = VideoResponse.class)))
    @APIResponse(responseCode = "409", description = "The video is not SCHEDULED, or the Douyin item is another video's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "illegal", value = Examples.ILLEGAL_TRANSITION)))
    public Response publish(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of your last read (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull PublishRequest request) {
        return idempotency.run(idempotencyKey, "POST /api/videos/" + id + "/publish", request,
                () -> answer(workflow.publish(id, ifMatch, request.douyinItemId())));
    }

    @POST
    @Path("/{id}/retire")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "retireVideo", summary = "Retire a video",
            description = "Roles: admin, operator. PUBLISHED → RETIRED (also a DRAFT, REJECTED, APPROVED or SCHEDULED "
                    + "video that will not be used; not one IN_REVIEW). RETIRED is final. The JSON body is optional (an empty "
                    + "one with Content-Type application/json will do). If-Match optional.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RetireRequest.class)))
    @APIResponse(responseCode = "200", description = "The RETIRED video",
            headers = @Header(name = "ETag", description = "New version of the video"),
            content = @Content(schema = @Schema(implementation = VideoResponse.class)))
    @APIResponse(responseCode = "409", description = "The video is IN_REVIEW or RETIRED already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response retire(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of your last read (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid RetireRequest request) {
        return answer(workflow.retire(id, ifMatch, request == null || request.note() == null ? "retired" : request.note()));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "listVideoHistory", summary = "List a video's status changes",
            description = "Roles: admin, operator, analyst, compliance. Every status change, oldest first: from, to, "
                    + "by (token username; for a review's decision, the reviewer), at, note, the scan's findings of a "
                    + "submit, the review id.")
    @APIResponse(responseCode = "200", description = "A page of status changes",
            content = @Content(examples = @ExampleObject(name = "history", value = Examples.VIDEO_HISTORY)))
    public Page<TransitionResponse> history(@PathParam("id") UUID id, @Valid @BeanParam PageParams page) {
        return service.history(id, page);
    }

    private static Response answer(Video video) {
        return ETags.ok(VideoResponse.from(video), video.version);
    }
}
