package io.lightningops.risk.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.defaults.http.Ids;
import io.lightningops.risk.domain.LexiconExemption;

@Schema(name = "LexiconExemption", description = "A phrase in which a term is not a claim")
public record ExemptionResponse(
        @Schema(example = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d") String id,
        @Schema(example = "最新款") String phrase,
        @Schema(description = "The folded form the phrase is matched in", example = "最新款") String normalized,
        @Schema(example = "如实表明款式的时间先后") String note,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Version; the ETag of the exemption", example = "0") long version) {

    public static ExemptionResponse from(LexiconExemption exemption) {
        return new ExemptionResponse(Ids.format(exemption.id), exemption.phrase, exemption.normalized, exemption.note,
                exemption.createdAt.atOffset(ZoneOffset.UTC), exemption.updatedAt.atOffset(ZoneOffset.UTC),
                exemption.version);
    }
}
