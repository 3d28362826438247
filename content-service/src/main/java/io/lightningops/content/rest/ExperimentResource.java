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

import io.lightningops.content.domain.ExperimentStatus;
import io.lightningops.content.service.ExperimentService;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/experiments")
@Tag(name = "Experiments", description = "A/B tests of 2 to 15 creative variants, judged on completion or like rate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExperimentResource {

    private final ExperimentService service;
    private final Idempotency idempotency;

    public ExperimentResource(ExperimentService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "createExperiment", summary = "Start an experiment",
            description = "Roles: admin, operator. 2 to 15 distinct videos of the account become the variants A, B, C … "
                    + "in the order given; the experiment is RUNNING. Idempotency-Key replays.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ExperimentRequest.class),
            examples = @ExampleObject(name = "experiment", value = Examples.EXPERIMENT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URL of the new experiment"),
                    @Header(name = "ETag", description = "Version of the experiment")},
            content = @Content(schema = @Schema(implementation = ExperimentResponse.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ExperimentRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/experiments", request, () -> {
            ExperimentResponse created = service.create(request);
            return ETags.created(uri, created.id(), created, created.version());
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "listExperiments", summary = "List experiments",
            description = "Roles: admin, operator, analyst, compliance. Filter by account and status; oldest first.")
    @APIResponse(responseCode = "200", description = "A page of experiments")
    public Page<ExperimentResponse> list(
            @Parameter(description = "Only this account's", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("accountId") String accountId,
            @Parameter(description = "Only RUNNING or only CONCLUDED") @QueryParam("status") ExperimentStatus status,
            @Valid @BeanParam PageParams page) {
        return service.list(Ids.parse("accountId", accountId), status, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "getExperiment", summary = "Read an experiment",
            description = "Roles: admin, operator, analyst, compliance.")
    @APIResponse(responseCode = "200", description = "The experiment",
            headers = @Header(name = "ETag", description = "Version of the experiment"),
            content = @Content(schema = @Schema(implementation = ExperimentResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        ExperimentResponse experiment = service.get(id);
        return ETags.ok(experiment, experiment.version());
    }

    @GET
    @Path("/{id}/results")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "getExperimentResults", summary = "Which variant wins, and is it significant?",
            description = "Roles: admin, operator, analyst, compliance. Reads each variant's newest snapshot from "
                    + "analytics-service with the caller's token. Rate = successes / plays (likes; or completions = "
                    + "completionRate x plays, rounded). The leader (best rate) is compared with each other variant by a "
                    + "two-sided two-proportion z-test with pooled variance; Bonferroni: each p-value against "
                    + "alpha/(k-1) (alpha = lightning.experiments.alpha, 0.05). SIGNIFICANT_WINNER only if every "
                    + "comparison is significant; INSUFFICIENT_DATA when a variant has no snapshot, fewer than "
                    + "lightning.experiments.min-plays plays (100), no completion rate, or fewer than 5 successes or "
                    + "5 failures.")
    @APIResponse(responseCode = "200", description = "The results",
            content = @Content(schema = @Schema(implementation = ExperimentResults.class),
                    examples = @ExampleObject(name = "winner", value = Examples.EXPERIMENT_RESULTS)))
    @APIResponse(responseCode = "502", description = "analytics-service refused the metrics request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "analytics-service is down or too slow",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ExperimentResults results(@PathParam("id") UUID id) {
        return service.results(id);
    }

    @POST
    @Path("/{id}/conclude")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "concludeExperiment", summary = "Conclude an experiment",
            description = "Roles: admin, operator. RUNNING → CONCLUDED, optionally naming the chosen variant's video. "
                    + "If-Match optional (412 when stale). The JSON body is optional.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConcludeRequest.class)))
    @APIResponse(responseCode = "200", description = "The concluded experiment",
            headers = @Header(name = "ETag", description = "New version of the experiment"),
            content = @Content(schema = @Schema(implementation = ExperimentResponse.class)))
    @APIResponse(responseCode = "409", description = "Concluded already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response conclude(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of your last read (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ConcludeRequest request) {
        ExperimentResponse concluded = service.conclude(id, ifMatch, request);
        return ETags.ok(concluded, concluded.version());
    }
}
