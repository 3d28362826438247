package io.lightningops.risk.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lightningops.defaults.problem.ApiException;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.problem.ProblemType;
import io.lightningops.defaults.security.Roles;
import io.lightningops.risk.config.ScanConfig;
import io.lightningops.risk.scan.Scanner;

@Path("/api/scans")
@Tag(name = "Scans", description = "Copy checked against the lexicon: Advertising-Law absolute terms, sensitive words, custom categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScanResource {

    private final Scanner scanner;
    private final ScanConfig limits;

    public ScanResource(Scanner scanner, ScanConfig limits) {
        this.scanner = scanner;
        this.limits = limits;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.COMPLIANCE})
    @Operation(operationId = "scan", summary = "Scan copy for lexicon terms",
            description = "Roles: admin, operator, compliance. Finds every term of the lexicon (except NEGATIVE comment "
                    + "keywords) in one pass, also when written in full-width or other letter case, in traditional "
                    + "characters, or with spaces, symbols or zero-width characters put inside it. `start`/`end` are "
                    + "UTF-16 offsets into the text as sent (end exclusive) covering the whole matched span. A finding "
                    + "inside an exemption phrase (最近, 第一件, …) is dropped, and so is one lying wholly inside a longer "
                    + "finding of the same or a higher severity; partial overlaps are all reported. The verdict is the "
                    + "most severe finding: BLOCK, REVIEW, or PASS when there is none. Lexicon changes apply from the "
                    + "next scan on.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ScanRequest.class),
            examples = @ExampleObject(name = "copy", value = Examples.SCAN_REQUEST)))
    @APIResponse(responseCode = "200", description = "The verdict and the findings in text order",
            content = @Content(schema = @Schema(implementation = ScanResponse.class),
                    examples = @ExampleObject(name = "blocked", value = Examples.SCAN_RESULT)))
    @APIResponse(responseCode = "413", description = "The text is longer than lightning.scan.max-chars",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ScanResponse scan(@Valid @NotNull ScanRequest request) {
        requireAtMost(request.text().length(), limits.maxChars(), "The text has");
        return ScanResponse.from(scanner.scan(request.text()));
    }

    @POST
    @Path("/batch")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.COMPLIANCE})
    @Operation(operationId = "scanBatch", summary = "Scan several texts at once",
            description = "Roles: admin, operator, compliance. Each text is scanned as by POST /api/scans, all against "
                    + "the same revision of the lexicon; the results come in the order of the texts. At most "
                    + "lightning.scan.max-batch-texts texts (400 beyond), each at most lightning.scan.max-chars and "
                    + "together at most lightning.scan.max-batch-chars UTF-16 units (413 beyond).")
    @RequestBody(content = @Content(schema = @Schema(implementation = BatchScanRequest.class),
            examples = @ExampleObject(name = "title and script", value = Examples.BATCH_SCAN_REQUEST)))
    @APIResponse(responseCode = "200", description = "One result per text",
            content = @Content(schema = @Schema(implementation = BatchScanResponse.class),
                    examples = @ExampleObject(name = "results", value = Examples.BATCH_SCAN_RESULT)))
    @APIResponse(responseCode = "413", description = "A text, or all texts together, are too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public BatchScanResponse scanBatch(@Valid @NotNull BatchScanRequest request) {
        if (request.texts().size() > limits.maxBatchTexts()) {
            throw ApiException.invalid("texts", "must hold at most " + limits.maxBatchTexts() + " texts");
        }
        long total = 0;
        for (int i = 0; i < request.texts().size(); i++) {
            int length = request.texts().get(i).length();
            requireAtMost(length, limits.maxChars(), "texts[" + i + "] has");
            total += length;
        }
        requireAtMost(total, limits.maxBatchChars(), "The texts have");
        return new BatchScanResponse(scanner.scanAll(request.texts()).stream().map(ScanResponse::from).toList());
    }

    private static void requireAtMost(long length, int limit, String subject) {
        if (length > limit) {
            throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE, subject + " " + length
                    + " characters (UTF-16 units); at most " + limit + " are scanned at once: split it");
        }
    }
}
