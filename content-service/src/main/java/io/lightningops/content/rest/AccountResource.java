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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lightningops.content.domain.AccountTier;
import io.lightningops.content.service.AccountService;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/accounts")
@Tag(name = "Accounts", description = "The account matrix: one MAIN account and its SUB accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    private final AccountService service;
    private final Idempotency idempotency;

    public AccountResource(AccountService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "createAccount", summary = "Create an account",
            description = "Roles: admin, operator. A SUB account names its MAIN account; a MAIN account takes at most "
                    + "lightning.matrix.max-sub-accounts SUB accounts (409 beyond). Up to three distinct core content tags "
                    + "and a persona are optional. Retries with the same Idempotency-Key replay the first response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AccountRequest.class), examples = {
            @ExampleObject(name = "main", value = Examples.MAIN_ACCOUNT_REQUEST),
            @ExampleObject(name = "sub", value = Examples.SUB_ACCOUNT_REQUEST)}))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URL of the new account"),
                    @Header(name = "ETag", description = "Version of the account")},
            content = @Content(schema = @Schema(implementation = AccountResponse.class),
                    examples = @ExampleObject(name = "account", value = Examples.ACCOUNT)))
    @APIResponse(responseCode = "409", description = "Another account has this Douyin id, or the MAIN account's matrix is full",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "conflict", value = Examples.CONFLICT)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull AccountRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/accounts", request, () -> {
            AccountResponse created = service.create(request);
            return ETags.created(uri, created.id(), created, created.version());
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "listAccounts", summary = "List accounts",
            description = "Roles: admin, operator, analyst, compliance. Filter by tier, or by mainAccountId to see "
                    + "the matrix of a MAIN account.")
    @APIResponse(responseCode = "200", description = "A page of accounts")
    public Page<AccountResponse> list(
            @Parameter(description = "Only MAIN or only SUB accounts") @QueryParam("tier") AccountTier tier,
            @Parameter(description = "Only the SUB accounts of this MAIN account",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("mainAccountId") String mainAccountId,
            @Valid @BeanParam PageParams page) {
        return service.list(tier, Ids.parse("mainAccountId", mainAccountId), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "getAccount", summary = "Read an account",
            description = "Roles: admin, operator, analyst, compliance. The ETag header is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The account",
            headers = @Header(name = "ETag", description = "Version of the account"),
            content = @Content(schema = @Schema(implementation = AccountResponse.class),
                    examples = @ExampleObject(name = "account", value = Examples.ACCOUNT)))
    public Response get(@PathParam("id") UUID id) {
        AccountResponse account = service.get(id);
        return ETags.ok(account, account.version());
    }

    @GET
    @Path("/{id}/matrix")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "getAccountMatrix", summary = "Read an account's matrix",
            description = "Roles: admin, operator, analyst, compliance. The MAIN account with its SUB accounts, their "
                    + "tags and personas, and how many more SUB accounts it may take. For a SUB account: its MAIN's matrix.")
    @APIResponse(responseCode = "200", description = "The matrix",
            content = @Content(schema = @Schema(implementation = MatrixResponse.class),
                    examples = @ExampleObject(name = "matrix", value = Examples.ACCOUNT_MATRIX)))
    @APIResponse(responseCode = "404", description = "No account with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public MatrixResponse matrix(@PathParam("id") UUID id) {
        return service.matrix(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "updateAccount", summary = "Replace an account",
            description = "Roles: admin, operator. Requires If-Match with the ETag of your last read. Replaces tags and "
                    + "persona too: leaving them out clears them.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AccountRequest.class),
            examples = @ExampleObject(name = "main", value = Examples.MAIN_ACCOUNT_REQUEST)))
    @APIResponse(responseCode = "200", description = "The updated account",
            headers = @Header(name = "ETag", description = "New version of the account"),
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    @APIResponse(responseCode = "409", description = "Another account has this Douyin id, a MAIN account with SUB accounts "
            + "would become SUB, or the new MAIN account's matrix is full",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of your last read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AccountRequest request) {
        AccountResponse updated = service.update(id, ifMatch, request);
        return ETags.ok(updated, updated.version());
    }
}
