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

import io.lightningops.campaign.service.BudgetService;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/budgets")
@Tag(name = "Budgets", description = "Annual budgets: rigid and flexible lines, contingency reserve, actual spend and its variance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BudgetResource {

    private final BudgetService service;
    private final Idempotency idempotency;

    public BudgetResource(BudgetService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "createBudget", summary = "Create an annual budget",
            description = "Roles: admin, operator. The contingency reserve (total x reserveRate, default "
                    + "lightning.budgets.reserve-rate = 0.20) is held back; the lines' plans must fit in the rest. A line's "
                    + "category fixes its kind: SALARIES, PLATFORM_FEES, DEPRECIATION are RIGID, CONTENT, MARKETING FLEXIBLE. "
                    + "Amounts are decimal strings in CNY. Retries with the same Idempotency-Key replay the first response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = BudgetRequest.class),
            examples = @ExampleObject(name = "annual", value = Examples.BUDGET_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URL of the new budget"),
                    @Header(name = "ETag", description = "Version of the budget")},
            content = @Content(schema = @Schema(implementation = BudgetResponse.class),
                    examples = @ExampleObject(name = "budget", value = Examples.BUDGET)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull BudgetRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/budgets", request, () -> {
            BudgetResponse created = service.create(request);
            return ETags.created(uri, created.id(), created, created.version());
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "listBudgets", summary = "List budgets",
            description = "Roles: admin, operator, analyst. Newest year first.")
    @APIResponse(responseCode = "200", description = "A page of budgets")
    public Page<BudgetResponse> list(@Parameter(description = "Only this year", example = "2026") @QueryParam("year") Integer year,
            @Valid @BeanParam PageParams page) {
        return service.list(year, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "getBudget", summary = "Read a budget",
            description = "Roles: admin, operator, analyst. Each line shows its plan, what approved spend requests "
                    + "committed, what is still available and the actual spend recorded.")
    @APIResponse(responseCode = "200", description = "The budget",
            headers = @Header(name = "ETag", description = "Version of the budget"),
            content = @Content(schema = @Schema(implementation = BudgetResponse.class),
                    examples = @ExampleObject(name = "budget", value = Examples.BUDGET)))
    public Response get(@PathParam("id") UUID id) {
        BudgetResponse budget = service.get(id);
        return ETags.ok(budget, budget.version());
    }

    @POST
    @Path("/{id}/lines")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "addBudgetLine", summary = "Add a line to a budget",
            description = "Roles: admin, operator. The line's plan must fit in the budget's unallocated money "
                    + "(total - reserve - other lines), else 409.")
    @RequestBody(content = @Content(schema = @Schema(implementation = BudgetLineRequest.class)))
    @APIResponse(responseCode = "201", description = "Added",
            headers = @Header(name = "Location", description = "URL of the budget"),
            content = @Content(schema = @Schema(implementation = BudgetLineResponse.class)))
    @APIResponse(responseCode = "409", description = "The plan exceeds the unallocated money",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response addLine(@PathParam("id") UUID id, @Valid @NotNull BudgetLineRequest request, @Context UriInfo uri) {
        BudgetLineResponse line = service.addLine(id, request);
        return Response.created(uri.getBaseUriBuilder().path("api/budgets").path(id.toString()).build()).entity(line).build();
    }

    @POST
    @Path("/{id}/lines/{lineId}/actuals")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "recordActualSpend", summary = "Record actual spend on a line",
            description = "Roles: admin, operator. Money actually spent in a month of the budget's year; entries of "
                    + "a line and month add up. Retries with the same Idempotency-Key replay the first response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ActualSpendRequest.class),
            examples = @ExampleObject(name = "march", value = Examples.ACTUAL_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", description = "URL of the variance report of that month"),
            content = @Content(schema = @Schema(implementation = ActualSpendResponse.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response recordActual(@PathParam("id") UUID id, @PathParam("lineId") UUID lineId,
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ActualSpendRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/budgets/" + id + "/lines/" + lineId + "/actuals", request, () -> {
            ActualSpendResponse recorded = service.recordActual(id, lineId, request);
            return Response.created(uri.getBaseUriBuilder().path("api/budgets").path(id.toString()).path("variance")
                    .queryParam("month", recorded.month()).build()).entity(recorded).build();
        });
    }

    @GET
    @Path("/{id}/variance")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "budgetVariance", summary = "Variance of actual against plan per line and month",
            description = "Roles: admin, operator, analyst. One row per line and month: for `month`, or for every "
                    + "month from January to the last month with actual spend. A row is flagged when "
                    + "|actual - plan| / plan exceeds lightning.budgets.variance-threshold (0.05), or when money was "
                    + "spent against a zero plan.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = VarianceReport.class),
                    examples = @ExampleObject(name = "march", value = Examples.VARIANCE)))
    public VarianceReport variance(@PathParam("id") UUID id,
            @Parameter(description = "A month YYYY-MM of the budget's year", example = "2026-03") @QueryParam("month") String month) {
        return service.variance(id, month);
    }
}
