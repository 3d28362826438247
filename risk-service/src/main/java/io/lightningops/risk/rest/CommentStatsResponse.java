package io.lightningops.risk.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommentStats", description = "A video's comments over a window: totals, buckets, top negative terms, spikes")
public record CommentStatsResponse(
        String videoId,
        OffsetDateTime from,
        OffsetDateTime to,
        @Schema(description = "The bucket width (ISO-8601 duration)", example = "PT1H") String bucket,
        @Schema(example = "320") long comments,
        @Schema(example = "41") long negative,
        @Schema(description = "negative / comments; 0 without comments", example = "0.1281") BigDecimal negativeRatio,
        @Schema(description = "The buckets with comments, oldest first") List<Bucket> buckets,
        @Schema(description = "The 10 most frequent negative terms") List<Term> topNegativeTerms,
        @Schema(description = "The spiking buckets of the window") List<CommentSpike> spikes) {

    @Schema(name = "CommentBucket")
    public record Bucket(OffsetDateTime start, OffsetDateTime end, long comments, long negative,
            BigDecimal negativeRatio, boolean spike) {
    }

    @Schema(name = "NegativeTermCount")
    public record Term(@Schema(example = "骗子") String term, @Schema(example = "12") long count) {
    }
}
