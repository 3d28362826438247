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

import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;
import io.lightningops.risk.domain.RiskCategory;
import io.lightningops.risk.domain.RiskStatus;
import io.lightningops.risk.domain.RiskTier;
import io.lightningops.risk.service.RiskService;

@Path("/api/risks")
@Tag(name = "Risks", description = "The risk register, scored by likelihood × impact × response difficulty into tiers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RiskResource {

    private final RiskService service;
    private final Idempotency idempotency;

    public RiskResource(RiskService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE})
    @Operation(operationId = "createRisk", summary = "Register a risk",
            description = "Roles: admin, compliance. The answer adds the score (likelihood × impact × responseDifficulty) "
                    + "and its tier; the status is OPEN unless given. Retries with the same Idempotency-Key replay the "
                    + "first response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RiskRequest.class),
            examples = @ExampleObject(name = "risk", value = Examples.RISK_REQUEST)))
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location", description = "URL of the new risk"),
                    @Header(name = "ETag", description = "Version of the risk")},
            content = @Content(schema = @Schema(implementation = RiskResponse.class),
                    examples = @ExampleObject(name = "risk", value = Examples.RISK)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull RiskRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/risks", request, () -> {
            RiskResponse created = service.create(request);
            return ETags.created(uri, created.id(), created, created.version());
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE, Roles.ANALYST})
    @Operation(operationId = "listRisks", summary = "List the risk register",
            description = "Roles: admin, compliance, analyst. Highest score first; filter by category, tier, status and owner.")
    @APIResponse(responseCode = "200", description = "A page of risks")
    public Page<RiskResponse> list(
            @Parameter(description = "Only risks of this category") @QueryParam("category") RiskCategory category,
            @Parameter(description = "Only risks of this tier") @QueryParam("tier") RiskTier tier,
            @Parameter(description = "Only risks in this status") @QueryParam("status") RiskStatus status,
            @Parameter(description = "Only risks of this owner (exact)") @QueryParam("owner") String owner,
            @Valid @BeanParam PageParams page) {
        return service.list(category, tier, status, owner, page);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE, Roles.ANALYST})
    @Operation(operationId = "listRiskHistory", summary = "List a risk's history",
            description = "Roles: admin, compliance, analyst. Every change of the risk, oldest first: its registration "
                    + "(CREATED, every field from null) and each update that changed something (UPDATED), with who made "
                    + "it, when, the version it produced, and each changed field (score, tier, owner, status, …) before "
                    + "and after.")
    @APIResponse(responseCode = "200", description = "A page of changes",
            content = @Content(examples = @ExampleObject(name = "history", value = Examples.RISK_HISTORY)))
    public Page<RiskChangeResponse> history(@PathParam("id") UUID id, @Valid @BeanParam PageParams page) {
        return service.history(id, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE, Roles.ANALYST})
    @Operation(operationId = "getRisk", summary = "Read a risk",
            description = "Roles: admin, compliance, analyst. The ETag header is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The risk",
            headers = @Header(name = "ETag", description = "Version of the risk"),
            content = @Content(schema = @Schema(implementation = RiskResponse.class),
                    examples = @ExampleObject(name = "risk", value = Examples.RISK)))
    public Response get(@PathParam("id") UUID id) {
        RiskResponse risk = service.get(id);
        return ETags.ok(risk, risk.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE})
    @Operation(operationId = "updateRisk", summary = "Replace a risk",
            description = "Roles: admin, compliance. Requires If-Match with the ETag of your last read. The score and "
                    + "tier are computed again; a status left out stays as it was. Status transitions: OPEN → "
                    + "MITIGATING, CLOSED or ACCEPTED; MITIGATING → CLOSED or ACCEPTED; CLOSED or ACCEPTED → OPEN "
                    + "(reopen); any other is a 409. The change is written to the risk's history.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RiskRequest.class),
            examples = @ExampleObject(name = "mitigating", value = Examples.RISK_UPDATE)))
    @APIResponse(responseCode = "200", description = "The updated risk",
            headers = @Header(name = "ETag", description = "New version of the risk"),
            content = @Content(schema = @Schema(implementation = RiskResponse.class)))
    @APIResponse(responseCode = "409", description = "The status cannot change to the one requested",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of your last read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RiskRequest request) {
        RiskResponse updated = service.update(id, ifMatch, request);
        return ETags.ok(updated, updated.version());
    }
}
