package io.lightningops.content.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

import io.lightningops.content.domain.AssetCategory;
import io.lightningops.content.domain.AssetStatus;
import io.lightningops.content.service.AssetService;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/assets")
@Tag(name = "Assets", description = "The creative asset library in the playbook's 12 categories, with usage")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssetResource {

    private final AssetService service;
    private final Idempotency idempotency;

    public AssetResource(AssetService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "createAsset", summary = "Add an asset (ACTIVE, never used)",
            description = "Roles: admin, operator. Retries with the same Idempotency-Key replay the first response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AssetRequest.class),
            examples = @ExampleObject(name = "asset", value = Examples.ASSET_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URL of the new asset"),
                    @Header(name = "ETag", description = "Version of the asset")},
            content = @Content(schema = @Schema(implementation = AssetResponse.class),
                    examples = @ExampleObject(name = "asset", value = Examples.ASSET)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull AssetRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/assets", request, () -> {
            AssetResponse created = service.create(request);
            return ETags.created(uri, created.id(), created, created.version());
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "listAssets", summary = "List assets",
            description = "Roles: admin, operator, analyst, compliance. Oldest first, or stalest first with "
                    + "`sort=stalest` (least used, then longest unused, never used first); filter by category, status, tag.")
    @APIResponse(responseCode = "200", description = "A page of assets")
    public Page<AssetResponse> list(
            @Parameter(description = "Only assets of this category") @QueryParam("category") AssetCategory category,
            @Parameter(description = "Only ACTIVE or only RETIRED assets") @QueryParam("status") AssetStatus status,
            @Parameter(description = "Only assets with this tag (exact)", example = "特写") @QueryParam("tag") String tag,
            @Parameter(description = "`created` (default) or `stalest`", example = "stalest")
            @QueryParam("sort") @DefaultValue("created") @Pattern(
                    regexp = "created|stalest", message = "must be created or stalest") String sort,
            @Valid @BeanParam PageParams page) {
        return service.list(category, status, tag, "stalest".equals(sort), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "getAsset", summary = "Read an asset",
            description = "Roles: admin, operator, analyst, compliance. The ETag header is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The asset",
            headers = @Header(name = "ETag", description = "Version of the asset"),
            content = @Content(schema = @Schema(implementation = AssetResponse.class),
                    examples = @ExampleObject(name = "asset", value = Examples.ASSET)))
    public Response get(@PathParam("id") UUID id) {
        AssetResponse asset = service.get(id);
        return ETags.ok(asset, asset.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "updateAsset", summary = "Replace an asset's description",
            description = "Roles: admin, operator. Requires If-Match with the ETag of your last read. Usage and status "
                    + "are not edited here: uses are recorded, retirement comes from a refresh proposal.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AssetRequest.class),
            examples = @ExampleObject(name = "asset", value = Examples.ASSET_REQUEST)))
    @APIResponse(responseCode = "200", description = "The updated asset",
            headers = @Header(name = "ETag", description = "New version of the asset"),
            content = @Content(schema = @Schema(implementation = AssetResponse.class)))
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of your last read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AssetRequest request) {
        AssetResponse updated = service.update(id, ifMatch, request);
        return ETags.ok(updated, updated.version());
    }

    @POST
    @Path("/{id}/uses")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "recordAssetUse", summary = "Record a use of an asset",
            description = "Roles: admin, operator. Adds one to usageCount and sets lastUsedAt to now; concurrent uses are "
                    + "all counted. Retries with the same Idempotency-Key count once.")
    @APIResponse(responseCode = "200", description = "The asset with its new usage",
            headers = @Header(name = "ETag", description = "New version of the asset"),
            content = @Content(schema = @Schema(implementation = AssetResponse.class)))
    @APIResponse(responseCode = "409", description = "The asset is RETIRED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response recordUse(@PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe: the same key counts one use")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.run(idempotencyKey, "POST /api/assets/" + id + "/uses", id, () -> {
            AssetResponse used = service.recordUse(id);
            return ETags.ok(used, used.version());
        });
    }
}
