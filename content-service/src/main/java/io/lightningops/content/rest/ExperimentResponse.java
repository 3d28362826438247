package io.lightningops.content.rest;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.content.domain.Experiment;
import io.lightningops.content.domain.ExperimentMetric;
import io.lightningops.content.domain.ExperimentStatus;
import io.lightningops.defaults.http.Ids;

@Schema(name = "Experiment", description = "An A/B test of creative variants")
public record ExperimentResponse(
        String id,
        String accountId,
        String name,
        String idea,
        ExperimentMetric metric,
        ExperimentStatus status,
        List<Variant> variants,
        @Schema(description = "The video chosen when it was concluded") String winnerVideoId,
        String conclusionNote,
        OffsetDateTime concludedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Version; the ETag of the experiment", example = "0") long version) {

    @Schema(name = "ExperimentVariant")
    public record Variant(@Schema(example = "A") String label, String videoId) {
    }

    public static ExperimentResponse from(Experiment e) {
        return new ExperimentResponse(Ids.format(e.id), Ids.format(e.accountId), e.name, e.idea, e.metric, e.status,
                e.variants.stream().map(v -> new Variant(v.label, Ids.format(v.videoId))).toList(),
                Ids.format(e.winnerVideoId), e.conclusionNote, VideoResponse.utc(e.concludedAt),
                VideoResponse.utc(e.createdAt), VideoResponse.utc(e.updatedAt), e.version);
    }
}
