package io.lightningops.content.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lightningops.content.service.AssetService;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/assets/refresh-proposals")
@Tag(name = "Assets", description = "The creative asset library in the playbook's 12 categories, with usage")
@Produces(MediaType.APPLICATION_JSON)
public class AssetRefreshResource {

    private final AssetService service;

    public AssetRefreshResource(AssetService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "proposeAssetRefresh", summary = "Propose the quarterly refresh",
            description = "Roles: admin, operator. Proposes the stalest floor(ACTIVE assets × lightning.assets.refresh-share) "
                    + "ACTIVE assets for retirement: least used first, then longest unused (never used before any use, "
                    + "oldest first), then by id. Changes no asset; apply it to retire them. It can be applied until "
                    + "expiresAt (lightning.assets.proposal-ttl).")
    @APIResponse(responseCode = "201", description = "The proposal",
            headers = @Header(name = "Location", description = "URL of the proposal"),
            content = @Content(schema = @Schema(implementation = RefreshProposalResponse.class),
                    examples = @ExampleObject(name = "proposal", value = Examples.REFRESH_PROPOSAL)))
    public Response propose(@Context UriInfo uri) {
        RefreshProposalResponse proposal = service.propose();
        return ETags.created(uri, proposal.id(), proposal, proposal.version());
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "listAssetRefreshProposals", summary = "List refresh proposals",
            description = "Roles: admin, operator, analyst, compliance. Newest first.")
    @APIResponse(responseCode = "200", description = "A page of proposals")
    public Page<RefreshProposalResponse> list(@Valid @BeanParam PageParams page) {
        return service.listProposals(page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "getAssetRefreshProposal", summary = "Read a refresh proposal",
            description = "Roles: admin, operator, analyst, compliance. After apply, each asset carries its outcome.")
    @APIResponse(responseCode = "200", description = "The proposal",
            content = @Content(schema = @Schema(implementation = RefreshProposalResponse.class),
                    examples = @ExampleObject(name = "proposal", value = Examples.REFRESH_PROPOSAL)))
    public RefreshProposalResponse get(@PathParam("id") UUID id) {
        return service.getProposal(id);
    }

    @POST
    @Path("/{id}/apply")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "applyAssetRefresh", summary = "Confirm a refresh proposal: retire its assets",
            description = "Roles: admin, operator. Retires exactly the proposed assets that are still ACTIVE and unchanged "
                    + "since the proposal (same version); an asset used, edited or retired since is kept, with its outcome "
                    + "CHANGED or NOT_ACTIVE. A proposal is applied once.")
    @APIResponse(responseCode = "200", description = "The applied proposal, each asset with its outcome",
            content = @Content(schema = @Schema(implementation = RefreshProposalResponse.class),
                    examples = @ExampleObject(name = "applied", value = Examples.REFRESH_APPLIED)))
    @APIResponse(responseCode = "409", description = "The proposal was already applied, or it expired",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RefreshProposalResponse apply(@PathParam("id") UUID id) {
        return service.apply(id);
    }
}
