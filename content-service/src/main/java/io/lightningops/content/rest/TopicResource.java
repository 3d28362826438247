package io.lightningops.content.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

import com.fasterxml.jackson.databind.JsonNode;

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

import io.lightningops.content.domain.TopicSource;
import io.lightningops.content.domain.TopicStatus;
import io.lightningops.content.service.TopicService;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/topics")
@Tag(name = "Topics", description = "The topic library: what to shoot, where the idea came from, how promising it is")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TopicResource {

    private final TopicService service;
    private final Idempotency idempotency;

    public TopicResource(TopicService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "createTopic", summary = "Add a topic (an IDEA)",
            description = "Roles: admin, operator. A title is unique per month and account, ignoring case (409). "
                    + "Retries with the same Idempotency-Key replay the first response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TopicRequest.class),
            examples = @ExampleObject(name = "topic", value = Examples.TOPIC_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created, as an IDEA",
            headers = {@Header(name = "Location", description = "URL of the new topic"),
                    @Header(name = "ETag", description = "Version of the topic")},
            content = @Content(schema = @Schema(implementation = TopicResponse.class),
                    examples = @ExampleObject(name = "topic", value = Examples.TOPIC)))
    @APIResponse(responseCode = "409", description = "The library already has this title for the month and account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull TopicRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/topics", request, () -> {
            TopicResponse created = service.create(request);
            return ETags.created(uri, created.id(), created, created.version());
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "listTopics", summary = "Search and filter topics",
            description = "Roles: admin, operator, analyst, compliance. Best score first (then oldest). `q` finds a "
                    + "part of the title or direction, ignoring case; the other filters match exactly; all combine.")
    @APIResponse(responseCode = "200", description = "A page of topics")
    public Page<TopicResponse> list(
            @Parameter(description = "A part of the title or direction, ignoring case", example = "拿铁") @QueryParam("q") String q,
            @Parameter(description = "Only topics in this status") @QueryParam("status") TopicStatus status,
            @Parameter(description = "Only topics from this source") @QueryParam("source") TopicSource source,
            @Parameter(description = "Only topics serving this tag (exact)", example = "手冲咖啡") @QueryParam("tag") String tag,
            @Parameter(description = "Only topics scoring at least this, 0 to 100")
            @QueryParam("minScore") @Min(value = 0, message = "must be between 0 and 100")
            @Max(value = 100, message = "must be between 0 and 100") Integer minScore,
            @Parameter(description = "Only topics scoring at most this, 0 to 100")
            @QueryParam("maxScore") @Min(value = 0, message = "must be between 0 and 100")
            @Max(value = 100, message = "must be between 0 and 100") Integer maxScore,
            @Parameter(description = "Only the topics of this account", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("accountId") String accountId,
            @Parameter(description = "Only topics planned for this month, YYYY-MM", example = "2026-12") @QueryParam("month") String month,
            @Valid @BeanParam PageParams page) {
        return service.list(new TopicService.TopicFilter(q, status, source, tag, minScore, maxScore,
                Ids.parse("accountId", accountId), month), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "getTopic", summary = "Read a topic",
            description = "Roles: admin, operator, analyst, compliance. The ETag header is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The topic",
            headers = @Header(name = "ETag", description = "Version of the topic"),
            content = @Content(schema = @Schema(implementation = TopicResponse.class),
                    examples = @ExampleObject(name = "topic", value = Examples.TOPIC)))
    public Response get(@PathParam("id") UUID id) {
        TopicResponse topic = service.get(id);
        return ETags.ok(topic, topic.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "updateTopic", summary = "Replace a topic",
            description = "Roles: admin, operator. Requires If-Match with the ETag of your last read. The status changes "
                    + "only through transitions.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TopicRequest.class),
            examples = @ExampleObject(name = "topic", value = Examples.TOPIC_REQUEST)))
    @APIResponse(responseCode = "200", description = "The updated topic",
            headers = @Header(name = "ETag", description = "New version of the topic"),
            content = @Content(schema = @Schema(implementation = TopicResponse.class)))
    @APIResponse(responseCode = "409", description = "The library already has this title for the month and account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of your last read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TopicRequest request) {
        TopicResponse updated = service.update(id, ifMatch, request);
        return ETags.ok(updated, updated.version());
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "transitionTopic", summary = "Move a topic to another status",
            description = "Roles: admin, operator. IDEA → PLANNED or RETIRED; PLANNED → USED, IDEA or RETIRED; "
                    + "USED → RETIRED; RETIRED is final. If-Match is optional: with it, a stale version is a 412.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TopicTransitionRequest.class),
            examples = @ExampleObject(name = "plan", value = Examples.TOPIC_TRANSITION)))
    @APIResponse(responseCode = "200", description = "The topic in its new status",
            headers = @Header(name = "ETag", description = "New version of the topic"),
            content = @Content(schema = @Schema(implementation = TopicResponse.class)))
    @APIResponse(responseCode = "409", description = "The topic cannot move from its status to that one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "illegal", value = Examples.TOPIC_ILLEGAL_TRANSITION)))
    @APIResponse(responseCode = "412", description = "If-Match names a stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response transition(@PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag of your last read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TopicTransitionRequest request) {
        TopicResponse moved = service.transition(id, ifMatch, request.status());
        return ETags.ok(moved, moved.version());
    }

    @POST
    @Path("/import")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "importTopics", summary = "Import a month's topic ideas",
            description = "Roles: admin, operator. A JSON array of topics (the shape of a create); each valid row becomes "
                    + "an IDEA. A row is refused, with its 0-based index and reason, when invalid, for an unknown account, or "
                    + "when its title repeats an earlier row or a topic of the same month and account (ignoring case); the "
                    + "other rows are imported all the same. Rows without a month take `month`. At most "
                    + "lightning.topics.max-import-rows rows. Retries with the same Idempotency-Key replay the first result.")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TopicRequest.class),
            examples = @ExampleObject(name = "rows", value = Examples.TOPIC_IMPORT)))
    @APIResponse(responseCode = "200", description = "What was imported and what was refused",
            content = @Content(schema = @Schema(implementation = ImportResult.class),
                    examples = @ExampleObject(name = "result", value = Examples.TOPIC_IMPORT_RESULT)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response importTopics(
            @Parameter(description = "Makes retries safe: the same key replays the first result")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Parameter(description = "The month of the ideas, YYYY-MM, for rows that name none", example = "2026-12")
            @QueryParam("month") String month,
            @NotNull List<JsonNode> rows) {
        return idempotency.run(idempotencyKey, "POST /api/topics/import?month=" + month, rows,
                () -> Response.ok(service.importTopics(month, rows)).build());
    }
}
