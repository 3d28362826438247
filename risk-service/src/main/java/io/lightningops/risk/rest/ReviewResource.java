package io.lightningops.risk.rest;

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

import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;
import io.lightningops.risk.domain.ReviewLevel;
import io.lightningops.risk.domain.ReviewStatus;
import io.lightningops.risk.service.ReviewService;

@Path("/api/reviews")
@Tag(name = "Reviews", description = "Three-level review of content (self-check → compliance → legal) with its decision trail")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private final ReviewService service;
    private final Idempotency idempotency;

    public ReviewResource(ReviewService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.COMPLIANCE})
    @Operation(operationId = "openReview", summary = "Open a review",
            description = "Roles: admin, operator, compliance. content-service opens one with the operator's token when a "
                    + "scan answers REVIEW, sending the title and text as scanned and the scan's findings. The review "
                    + "starts at SELF_CHECK unless `level` names another. Retries with the same Idempotency-Key replay "
                    + "the first response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReviewRequest.class),
            examples = @ExampleObject(name = "video", value = Examples.REVIEW_REQUEST)))
    @APIResponse(responseCode = "201", description = "Opened",
            headers = {@Header(name = "Location", description = "URL of the new review"),
                    @Header(name = "ETag", description = "Version of the review")},
            content = @Content(schema = @Schema(implementation = ReviewResponse.class),
                    examples = @ExampleObject(name = "opened", value = Examples.REVIEW_OPENED)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response open(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ReviewRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/reviews", request, () -> {
            ReviewResponse opened = service.open(request);
            return ETags.created(uri, opened.id(), opened, opened.version());
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.COMPLIANCE, Roles.ANALYST})
    @Operation(operationId = "listReviews", summary = "List reviews",
            description = "Roles: admin, operator, compliance, analyst. Newest first. content-service polls "
                    + "`?contentRef=<video id>` to learn whether a video in review was APPROVED or REJECTED; reviewers "
                    + "list their queue with `?status=OPEN&level=COMPLIANCE`.")
    @APIResponse(responseCode = "200", description = "A page of reviews, each with its decision trail")
    public Page<ReviewResponse> list(
            @Parameter(description = "Only reviews in this status") @QueryParam("status") ReviewStatus status,
            @Parameter(description = "Only reviews of this content (its id in the owning service)")
            @QueryParam("contentRef") String contentRef,
            @Parameter(description = "Only reviews of this kind of content, e.g. VIDEO") @QueryParam("contentType") String contentType,
            @Parameter(description = "Only open reviews awaiting this level") @QueryParam("level") ReviewLevel level,
            @Valid @BeanParam PageParams page) {
        return service.list(status, contentRef, contentType, level, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.COMPLIANCE, Roles.ANALYST})
    @Operation(operationId = "getReview", summary = "Read a review with its decision trail",
            description = "Roles: admin, operator, compliance, analyst. `status` tells content-service whether to move "
                    + "the content on (APPROVED), back (REJECTED) or wait (OPEN).")
    @APIResponse(responseCode = "200", description = "The review",
            headers = @Header(name = "ETag", description = "Version of the review"),
            content = @Content(schema = @Schema(implementation = ReviewResponse.class),
                    examples = @ExampleObject(name = "approved", value = Examples.REVIEW_APPROVED)))
    public Response get(@PathParam("id") UUID id) {
        ReviewResponse review = service.get(id);
        return ETags.ok(review, review.version());
    }

    @POST
    @Path("/{id}/decisions")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.COMPLIANCE})
    @Operation(operationId = "decideReview", summary = "Decide a review at its current level",
            description = "Roles: SELF_CHECK admin, operator, compliance; COMPLIANCE and LEGAL admin, compliance. "
                    + "APPROVE moves the review to the next level; approval at the final level (LEGAL unless configured "
                    + "otherwise) closes it APPROVED; REJECT closes it REJECTED. The decision is recorded with the "
                    + "caller's username and the time. Deciding at a level other than the awaited one, or on a closed "
                    + "review, is a 409. If-Match is optional: with it, a stale version is a 412.")
    @RequestBody(content = @Content(schema = @Schema(implementation = DecisionRequest.class),
            examples = @ExampleObject(name = "approve", value = Examples.REVIEW_DECISION)))
    @APIResponse(responseCode = "200", description = "The review after the decision",
            headers = @Header(name = "ETag", description = "New version of the review"),
            content = @Content(schema = @Schema(implementation = ReviewResponse.class)))
    @APIResponse(responseCode = "409", description = "The review is closed or awaits another level",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "412", description = "If-Match names a stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response decide(@PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag of your last read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DecisionRequest request) {
        ReviewResponse review = service.decide(id, ifMatch, request);
        return ETags.ok(review, review.version());
    }
}
