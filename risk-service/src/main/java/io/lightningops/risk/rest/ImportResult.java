package io.lightningops.risk.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LexiconImportResult", description = "What an import added, and each line or item it refused and why")
public record ImportResult(
        @Schema(description = "Terms added", example = "2") int imported,
        @Schema(description = "The refused lines (text) or items (JSON), in order") List<Rejected> rejected) {

    @Schema(name = "LexiconImportRejection")
    public record Rejected(
            @Schema(description = "1-based line of a text import, or 1-based position of a JSON item", example = "3")
            int line,
            @Schema(description = "empty, control characters, too long, duplicate, …", example = "duplicate")
            String reason) {
    }
}
