package io.lightningops.risk.rest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.http.Times;
import io.lightningops.risk.repository.CommentStore;

@Schema(name = "CommentSpike", description = "A bucket whose negative ratio spiked over the video's baseline")
public record CommentSpike(
        OffsetDateTime bucketStart,
        OffsetDateTime bucketEnd,
        @Schema(example = "20") long comments,
        @Schema(example = "12") long negative,
        @Schema(description = "negative / comments", example = "0.6000") BigDecimal negativeRatio,
        @Schema(description = "The negative ratio of the previous buckets", example = "0.0500") BigDecimal baselineRatio,
        @Schema(description = "The CANDIDATE incident of the spike (one per spike: a spiking bucket right after "
                + "another belongs to the same spike)") String incidentId,
        @Schema(description = "True in the answer to the batch that raised the incident") boolean incidentRaised) {

    public static CommentSpike from(CommentStore.Spike spike, Duration bucket, boolean raised) {
        return new CommentSpike(Times.utc(spike.bucketStart()), Times.utc(spike.bucketStart().plus(bucket)),
                spike.comments(), spike.negative(), spike.ratio(), spike.baselineRatio(), Ids.format(spike.incidentId()),
                raised);
    }
}
