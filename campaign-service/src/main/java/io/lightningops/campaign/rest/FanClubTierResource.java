package io.lightningops.campaign.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lightningops.campaign.service.FanClubTierService;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/campaigns/fan-club-tiers")
@Tag(name = "Fan club", description = "The brand fan club's three tiers: thresholds and benefits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FanClubTierResource {

    private final FanClubTierService service;

    public FanClubTierResource(FanClubTierService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "listFanClubTiers", summary = "List the three fan-club tiers",
            description = "Roles: admin, operator, analyst. Always three, level 1 to 3.")
    @APIResponse(responseCode = "200", description = "The tiers",
            content = @Content(examples = @ExampleObject(name = "tiers", value = Examples.FAN_CLUB_TIERS)))
    public Page<FanClubTierResponse> list() {
        List<FanClubTierResponse> all = service.list();
        return Page.of(all, new PageParams(0, PageParams.MAX_SIZE), all.size());
    }

    @GET
    @Path("/{level}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "getFanClubTier", summary = "Read a fan-club tier",
            description = "Roles: admin, operator, analyst. The ETag header is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The tier",
            headers = @Header(name = "ETag", description = "Version of the tier"),
            content = @Content(schema = @Schema(implementation = FanClubTierResponse.class)))
    public Response get(@Parameter(description = "1, 2 or 3") @PathParam("level") int level) {
        FanClubTierResponse tier = service.get(level);
        return ETags.ok(tier, tier.version());
    }

    @PUT
    @Path("/{level}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "updateFanClubTier", summary = "Change a fan-club tier",
            description = "Roles: admin, operator. Requires If-Match. Thresholds must rise strictly from level 1 to 3 "
                    + "(409 otherwise).")
    @RequestBody(content = @Content(schema = @Schema(implementation = FanClubTierRequest.class),
            examples = @ExampleObject(name = "diamond", value = Examples.FAN_CLUB_TIER_REQUEST)))
    @APIResponse(responseCode = "200", description = "The updated tier",
            headers = @Header(name = "ETag", description = "New version of the tier"),
            content = @Content(schema = @Schema(implementation = FanClubTierResponse.class)))
    @APIResponse(responseCode = "409", description = "The threshold would not rise from level 1 to 3",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response update(@Parameter(description = "1, 2 or 3") @PathParam("level") int level,
            @Parameter(description = "The ETag of your last read", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull FanClubTierRequest request) {
        FanClubTierResponse tier = service.update(level, ifMatch, request);
        return ETags.ok(tier, tier.version());
    }
}
