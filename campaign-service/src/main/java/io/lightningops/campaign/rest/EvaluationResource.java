package io.lightningops.campaign.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

import io.lightningops.campaign.service.EvaluationService;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.security.Roles;

@Path("/api/partners/{partnerId}/evaluations")
@Tag(name = "Partner evaluations", description = "The six-metric weighted score of a partner, kept as history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private final EvaluationService service;

    public EvaluationResource(EvaluationService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "evaluatePartner", summary = "Evaluate a partner",
            description = "Roles: admin, operator. Each metric is normalized to 0..1 from the raw inputs (formulas on "
                    + "EvaluationInputs), weighted (defaults lightning.evaluation.weights.*, overridden per request by "
                    + "weights), and scored 0..100 = 100 x sum(weight x normalized) / sum(weights). Kept as history.")
    @RequestBody(content = @Content(schema = @Schema(implementation = EvaluationRequest.class),
            examples = @ExampleObject(name = "evaluation", value = Examples.EVALUATION_REQUEST)))
    @APIResponse(responseCode = "201", description = "The evaluation with its breakdown",
            headers = @Header(name = "Location", description = "URL of the evaluation"),
            content = @Content(schema = @Schema(implementation = EvaluationResponse.class),
                    examples = @ExampleObject(name = "evaluation", value = Examples.EVALUATION)))
    public Response evaluate(@PathParam("partnerId") UUID partnerId, @Valid @NotNull EvaluationRequest request,
            @Context UriInfo uri) {
        EvaluationResponse evaluation = service.evaluate(partnerId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(evaluation.id()).build()).entity(evaluation).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "listEvaluations", summary = "A partner's evaluation history, newest first",
            description = "Roles: admin, operator, analyst.")
    @APIResponse(responseCode = "200", description = "A page of evaluations")
    public Page<EvaluationResponse> history(@PathParam("partnerId") UUID partnerId,
            @Parameter(description = "Only those made for this campaign") @QueryParam("campaignId") String campaignId,
            @Valid @BeanParam PageParams page) {
        return service.history(partnerId, campaignId, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "getEvaluation", summary = "Read one evaluation", description = "Roles: admin, operator, analyst.")
    @APIResponse(responseCode = "200", description = "The evaluation",
            content = @Content(schema = @Schema(implementation = EvaluationResponse.class)))
    public EvaluationResponse get(@PathParam("partnerId") UUID partnerId, @PathParam("id") UUID id) {
        return service.get(partnerId, id);
    }
}
