package io.lightningops.risk.rest;

import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lightningops.defaults.security.Roles;
import io.lightningops.risk.service.CommentService;

@Path("/api/risks/comments")
@Tag(name = "Comment monitoring", description = "Negative keywords in comments, per video and time bucket; spikes raise incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommentResource {

    private final CommentService service;

    public CommentResource(CommentService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "ingestComments", summary = "Ingest a batch of comments of one video",
            description = "Roles: admin, operator, analyst, compliance. Up to 500 comments. Idempotent on commentId: a "
                    + "comment seen before is counted as a duplicate and changes nothing, so a whole batch may be "
                    + "retried. Each comment is checked for the lexicon's NEGATIVE terms. Each bucket the batch added to "
                    + "is then checked for a spike (see the service README); the first spiking bucket of a run raises a "
                    + "CANDIDATE incident of type NEGATIVE_COMMENTS, once per spike.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CommentBatchRequest.class),
            examples = @ExampleObject(name = "batch", value = Examples.COMMENT_BATCH)))
    @APIResponse(responseCode = "200", description = "What the batch added, and the spikes it is part of",
            content = @Content(schema = @Schema(implementation = CommentBatchResponse.class),
                    examples = @ExampleObject(name = "result", value = Examples.COMMENT_BATCH_RESULT)))
    public CommentBatchResponse ingest(@Valid @NotNull CommentBatchRequest batch) {
        return service.ingest(batch);
    }

    @GET
    @Path("/stats")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "commentStats", summary = "A video's comment statistics",
            description = "Roles: admin, operator, analyst, compliance. Over [from, to) (default: the last 24 buckets up "
                    + "to the end of the current one): totals, negative count and ratio per bucket, the top negative "
                    + "terms and the spiking buckets.")
    @APIResponse(responseCode = "200", description = "The statistics",
            content = @Content(schema = @Schema(implementation = CommentStatsResponse.class)))
    public CommentStatsResponse stats(
            @Parameter(description = "The video", required = true) @QueryParam("videoId") String videoId,
            @Parameter(description = "Start of the window (ISO-8601 with offset)", example = "2026-11-26T00:00:00+08:00")
            @QueryParam("from") OffsetDateTime from,
            @Parameter(description = "End of the window, exclusive", example = "2026-11-27T00:00:00+08:00")
            @QueryParam("to") OffsetDateTime to) {
        return service.stats(videoId, from, to);
    }
}
