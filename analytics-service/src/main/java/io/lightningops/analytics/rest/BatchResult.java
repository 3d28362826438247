package io.lightningops.analytics.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BatchResult", description = "What a batch did: the rows stored and the rows rejected with their reasons")
public record BatchResult(
        @Schema(description = "Rows stored (inserted, or replacing the row with the same key)", example = "2") int accepted,
        @Schema(description = "Rows not stored, in batch order") List<Rejection> rejected) {
}
