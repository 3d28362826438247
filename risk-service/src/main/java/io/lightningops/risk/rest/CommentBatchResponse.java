package io.lightningops.risk.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommentBatchResult", description = "What a batch added")
public record CommentBatchResponse(
        @Schema(description = "Comments stored", example = "48") int accepted,
        @Schema(description = "Comments skipped because their id was seen before (a retry)", example = "2") int duplicates,
        @Schema(description = "Stored comments with at least one NEGATIVE lexicon term", example = "9") int negative,
        @Schema(description = "Spiking buckets among those the batch added to") List<CommentSpike> spikes) {
}
