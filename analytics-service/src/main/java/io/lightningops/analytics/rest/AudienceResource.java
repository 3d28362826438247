package io.lightningops.analytics.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lightningops.analytics.service.AudienceService;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/audiences")
@Tag(name = "Audiences", description = "An account's audience profile: age bands, genders, regions and interests")
@Produces(MediaType.APPLICATION_JSON)
public class AudienceResource {

    private final AudienceService service;

    public AudienceResource(AudienceService service) {
        this.service = service;
    }

    @PUT
    @Path("/{accountId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "putAudience", summary = "Ingest an account's audience profile of a day",
            description = "Roles: admin, analyst. The profile of the day (date, default today in the reporting zone) "
                    + "replaces any profile of that day, so a resend is harmless. unit SHARE: every value 0..1 and each "
                    + "distribution given sums to 1 within lightning.audiences.share-tolerance (0.01); unit COUNT: whole "
                    + "numbers of 0 or more. At least one distribution has buckets; at most lightning.audiences.max-buckets "
                    + "(200) per distribution; bucket names 1–64 characters. Every bad value is a violation of one 400 "
                    + "problem (field e.g. ageBands.18-23), and nothing is stored.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AudienceRequest.class),
            examples = @ExampleObject(name = "shares", value = Examples.AUDIENCE_REQUEST)))
    @APIResponse(responseCode = "200", description = "The profile as stored",
            content = @Content(schema = @Schema(implementation = AudienceResponse.class),
                    examples = @ExampleObject(name = "shares", value = Examples.AUDIENCE)))
    @APIResponse(responseCode = "400", description = "A bad value, a sum of shares away from 1, a future date or no buckets at all",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "shares off", value = Examples.AUDIENCE_INVALID)))
    public AudienceResponse put(
            @Parameter(description = "The account", example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10")
            @PathParam("accountId") String accountId,
            @Valid @NotNull AudienceRequest request) {
        return service.put(accountId, request);
    }

    @GET
    @Path("/{accountId}")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.OPERATOR})
    @Operation(operationId = "getAudience", summary = "Read an account's audience profile",
            description = "Roles: admin, analyst, operator. The profile of the latest day on or before date (a profile "
                    + "holds until the next one); without date, the latest of all. Its date says which day it is.")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(schema = @Schema(implementation = AudienceResponse.class),
                    examples = @ExampleObject(name = "shares", value = Examples.AUDIENCE)))
    @APIResponse(responseCode = "404", description = "No profile of the account on or before date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public AudienceResponse get(
            @Parameter(description = "The account", example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10")
            @PathParam("accountId") String accountId,
            @Parameter(description = "The day (ISO date); default: the latest profile", example = "2026-11-25")
            @QueryParam("date") LocalDate date) {
        return service.get(accountId, date);
    }
}
