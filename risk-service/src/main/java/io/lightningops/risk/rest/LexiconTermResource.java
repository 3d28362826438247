package io.lightningops.risk.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.ApiException;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;
import io.lightningops.risk.scan.Severity;
import io.lightningops.risk.service.LexiconService;

@Path("/api/lexicon/terms")
@Tag(name = "Lexicon", description = "Terms that scans look for, and exemption phrases in which a term is not a claim")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LexiconTermResource {

    private static final Pattern CATEGORY = Pattern.compile(Lexicon.CATEGORY_PATTERN);
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\n|\r");

    private final LexiconService service;
    private final Idempotency idempotency;

    public LexiconTermResource(LexiconService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE})
    @Operation(operationId = "createLexiconTerm", summary = "Add a term",
            description = "Roles: admin, compliance. Takes effect on the next scan on every replica. Terms are unique "
                    + "in their folded form (`normalized`): 最 佳 and 最佳 are the same term (409). Retries with the same "
                    + "Idempotency-Key replay the first response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TermRequest.class),
            examples = @ExampleObject(name = "term", value = Examples.TERM_REQUEST)))
    @APIResponse(responseCode = "201", description = "Added",
            headers = {@Header(name = "Location", description = "URL of the new term"),
                    @Header(name = "ETag", description = "Version of the term")},
            content = @Content(schema = @Schema(implementation = TermResponse.class),
                    examples = @ExampleObject(name = "term", value = Examples.TERM)))
    @APIResponse(responseCode = "409", description = "The lexicon already has a term with the same folded form",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull TermRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/lexicon/terms", request, () -> {
            TermResponse created = service.createTerm(request);
            return ETags.created(uri, created.id(), created, created.version());
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "listLexiconTerms", summary = "List terms",
            description = "Roles: admin, compliance, operator, analyst. By category, then folded form; filter by "
                    + "category, severity and `q` (a part of the term, compared in folded form).")
    @APIResponse(responseCode = "200", description = "A page of terms")
    public Page<TermResponse> list(
            @Parameter(description = "Only terms of this category", example = "AD_LAW") @QueryParam("category") String category,
            @Parameter(description = "Only terms of this severity") @QueryParam("severity") Severity severity,
            @Parameter(description = "Only terms containing this text (folded: 國家 finds 国家级)", example = "国家")
            @QueryParam("q") String q,
            @Valid @BeanParam PageParams page) {
        return service.listTerms(category, severity, q, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "getLexiconTerm", summary = "Read a term",
            description = "Roles: admin, compliance, operator, analyst. The ETag header is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The term",
            headers = @Header(name = "ETag", description = "Version of the term"),
            content = @Content(schema = @Schema(implementation = TermResponse.class),
                    examples = @ExampleObject(name = "term", value = Examples.TERM)))
    public Response get(@PathParam("id") UUID id) {
        TermResponse term = service.getTerm(id);
        return ETags.ok(term, term.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE})
    @Operation(operationId = "updateLexiconTerm", summary = "Replace a term",
            description = "Roles: admin, compliance. Requires If-Match with the ETag of your last read. Takes effect on "
                    + "the next scan on every replica.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TermRequest.class),
            examples = @ExampleObject(name = "term", value = Examples.TERM_REQUEST)))
    @APIResponse(responseCode = "200", description = "The updated term",
            headers = @Header(name = "ETag", description = "New version of the term"),
            content = @Content(schema = @Schema(implementation = TermResponse.class)))
    @APIResponse(responseCode = "409", description = "Another term has the same folded form",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of your last read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TermRequest request) {
        TermResponse updated = service.updateTerm(id, ifMatch, request);
        return ETags.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE})
    @Operation(operationId = "deleteLexiconTerm", summary = "Remove a term",
            description = "Roles: admin, compliance. Scans stop reporting it from the next scan on, on every replica.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("id") UUID id) {
        service.deleteTerm(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.TEXT_PLAIN)
    @RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE})
    @Operation(operationId = "importLexiconTermsText", summary = "Import terms from a text file, one term a line",
            description = "Roles: admin, compliance. Every term gets the `category` and `severity` of the query. Lines "
                    + "are refused, each with its line number and reason, when empty, with control characters, longer "
                    + "than 64 characters, with nothing to match, or duplicates (by folded form) of a term or an earlier "
                    + "line; the rest are imported, in one transaction.")
    @RequestBody(content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "lines", value = Examples.IMPORT_TEXT)))
    @APIResponse(responseCode = "200", description = "What was imported and what was refused",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class),
                    examples = @ExampleObject(name = "result", value = Examples.IMPORT_RESULT)))
    public ImportResult importText(
            @Parameter(description = "Category of every imported term", required = true, example = "AD_LAW")
            @QueryParam("category") String category,
            @Parameter(description = "Severity of every imported term", required = true)
            @QueryParam("severity") Severity severity,
            String body) {
        if (category == null || !CATEGORY.matcher(category).matches()) {
            throw ApiException.invalid("category", category == null ? "must not be null" : Lexicon.CATEGORY_MESSAGE);
        }
        if (severity == null) {
            throw ApiException.invalid("severity", "must not be null");
        }
        String text = body == null ? "" : body;
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>(Arrays.asList(LINE_BREAK.split(text, -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        List<ImportItem> items = lines.stream()
                .map(line -> new ImportItem(line, category, severity.name(), null)).toList();
        return service.importTerms(items);
    }

    @POST
    @Path("/import")
    @RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE})
    @Operation(operationId = "importLexiconTermsJson", summary = "Import terms from JSON",
            description = "Roles: admin, compliance. A JSON array of {term, category, severity, suggestion?}, as the "
                    + "JSON export gives it. Items are refused, each with its 1-based position and reason, as lines of "
                    + "a text import are, and also for a bad category, severity or suggestion; the rest are imported.")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ImportItem.class),
            examples = @ExampleObject(name = "items", value = Examples.IMPORT_JSON)))
    @APIResponse(responseCode = "200", description = "What was imported and what was refused",
            content = @Content(schema = @Schema(implementation = ImportResult.class),
                    examples = @ExampleObject(name = "result", value = Examples.IMPORT_RESULT)))
    public ImportResult importJson(@NotNull List<ImportItem> items) {
        return service.importTerms(items);
    }

    @GET
    @Path("/export")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "exportLexiconTerms", summary = "Export terms",
            description = "Roles: admin, compliance, operator, analyst. As JSON (the default; the shape the JSON import "
                    + "takes) or, with `Accept: text/plain`, one term a line (the shape the text import takes).")
    @APIResponse(responseCode = "200", description = "The terms",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ImportItem.class),
                    examples = @ExampleObject(name = "items", value = Examples.IMPORT_JSON)),
                    @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "lines", value = Examples.IMPORT_TEXT))})
    public Response export(
            @Parameter(description = "Only terms of this category", example = "AD_LAW") @QueryParam("category") String category,
            @Parameter(description = "Only terms of this severity") @QueryParam("severity") Severity severity,
            @Context HttpHeaders headers) {
        List<ImportItem> items = service.exportTerms(category, severity);
        if (prefersText(headers)) {
            StringBuilder text = new StringBuilder();
            items.forEach(item -> text.append(item.term()).append('\n'));
            return Response.ok(text.toString(), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).build();
        }
        return Response.ok(items, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static boolean prefersText(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_PLAIN_TYPE) && !type.isWildcardType()) {
                return true;
            }
        }
        return false;
    }
}
