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

import io.lightningops.campaign.domain.CouponType;
import io.lightningops.campaign.service.CouponService;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/coupons")
@Tag(name = "Coupons", description = "New-user, limited-time and fission coupons, redeemed within their limits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CouponResource {

    private final CouponService service;
    private final Idempotency idempotency;

    public CouponResource(CouponService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "createCoupon", summary = "Create a coupon",
            description = "Roles: admin, operator. `code` is unique (409). LIMITED_TIME needs validFrom and validUntil; "
                    + "FISSION needs shareBonus and maxLimit (>= limit); NEW_USER allows one redemption per user. "
                    + "Retries with the same Idempotency-Key replay the first response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CouponRequest.class), examples = {
            @ExampleObject(name = "minimal", value = Examples.COUPON_MINIMAL),
            @ExampleObject(name = "fission", value = Examples.COUPON_FISSION)}))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URL of the new coupon"),
                    @Header(name = "ETag", description = "Version of the coupon")},
            content = @Content(schema = @Schema(implementation = CouponResponse.class),
                    examples = @ExampleObject(name = "coupon", value = Examples.COUPON)))
    @APIResponse(responseCode = "409", description = "Another coupon has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull CouponRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/coupons", request, () -> {
            CouponResponse created = service.create(request);
            return ETags.created(uri, created.id(), created, created.version());
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "listCoupons", summary = "List coupons", description = "Roles: admin, operator, analyst. Newest first.")
    @APIResponse(responseCode = "200", description = "A page of coupons")
    public Page<CouponResponse> list(@Parameter(description = "Only this type") @QueryParam("type") CouponType type,
            @Parameter(description = "Only coupons of this campaign") @QueryParam("campaignId") String campaignId,
            @Valid @BeanParam PageParams page) {
        return service.list(type, campaignId, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "getCoupon", summary = "Read a coupon",
            description = "Roles: admin, operator, analyst. `redeemed` and `remaining` are exact at the time of reading.")
    @APIResponse(responseCode = "200", description = "The coupon",
            content = @Content(schema = @Schema(implementation = CouponResponse.class),
                    examples = @ExampleObject(name = "coupon", value = Examples.COUPON)))
    public Response get(@PathParam("id") UUID id) {
        CouponResponse coupon = service.get(id);
        return ETags.ok(coupon, coupon.version());
    }

    @POST
    @Path("/{id}/redemptions")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "redeemCoupon", summary = "Redeem a coupon for a user",
            description = "Roles: admin, operator. 201 while the coupon has redemptions left; 409 once `effectiveLimit` "
                    + "redemptions exist (also under concurrent requests: one conditional UPDATE takes each) or when the "
                    + "user reached perUserLimit; 422 outside validFrom/validUntil, or for a NEW_USER coupon when the user "
                    + "redeemed any coupon before. Retries with the same Idempotency-Key replay the first response and "
                    + "use up nothing more.")
    @RequestBody(content = @Content(schema = @Schema(implementation = UserRefRequest.class),
            examples = @ExampleObject(name = "user", value = Examples.USER_REF)))
    @APIResponse(responseCode = "201", description = "Redeemed",
            headers = @Header(name = "Location", description = "URL of the redemption list of the user"),
            content = @Content(schema = @Schema(implementation = RedemptionResponse.class)))
    @APIResponse(responseCode = "409", description = "The coupon is used up, or the user reached the per-user limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "used-up", value = Examples.COUPON_USED_UP)))
    @APIResponse(responseCode = "422", description = "Outside the validity window, not a new user, or the "
            + "Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response redeem(@PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull UserRefRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/coupons/" + id + "/redemptions", request, () -> {
            RedemptionResponse redemption = service.redeem(id, request.userRef());
            return Response.created(uri.getAbsolutePathBuilder().queryParam("userRef", redemption.userRef()).build())
                    .entity(redemption).build();
        });
    }

    @GET
    @Path("/{id}/redemptions")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "listRedemptions", summary = "List a coupon's redemptions",
            description = "Roles: admin, operator, analyst. Oldest first.")
    @APIResponse(responseCode = "200", description = "A page of redemptions")
    public Page<RedemptionResponse> redemptions(@PathParam("id") UUID id,
            @Parameter(description = "Only this user's") @QueryParam("userRef") String userRef,
            @Valid @BeanParam PageParams page) {
        return service.redemptions(id, userRef, page);
    }

    @POST
    @Path("/{id}/shares")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "shareCoupon", summary = "Record a redeemer's share of a FISSION coupon",
            description = "Roles: admin, operator. Each redeemer's first share raises effectiveLimit by shareBonus, up "
                    + "to maxLimit. 422 when the coupon is not FISSION or the user has not redeemed it; 409 when the "
                    + "user's share is already recorded.")
    @RequestBody(content = @Content(schema = @Schema(implementation = UserRefRequest.class),
            examples = @ExampleObject(name = "user", value = Examples.USER_REF)))
    @APIResponse(responseCode = "201", description = "Recorded; the coupon with its new effectiveLimit",
            headers = @Header(name = "Location", description = "URL of the coupon"),
            content = @Content(schema = @Schema(implementation = CouponResponse.class)))
    @APIResponse(responseCode = "409", description = "The user's share is already recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Not a FISSION coupon, or the user has not redeemed it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response share(@PathParam("id") UUID id, @Valid @NotNull UserRefRequest request, @Context UriInfo uri) {
        CouponResponse coupon = service.share(id, request.userRef());
        return Response.created(uri.getBaseUriBuilder().path("api/coupons").path(coupon.id()).build()).entity(coupon).build();
    }
}
