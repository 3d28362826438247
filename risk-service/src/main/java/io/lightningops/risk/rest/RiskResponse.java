package io.lightningops.risk.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.defaults.http.Ids;
import io.lightningops.risk.domain.Risk;
import io.lightningops.risk.domain.RiskCategory;
import io.lightningops.risk.domain.RiskStatus;
import io.lightningops.risk.domain.RiskTier;

@Schema(name = "Risk", description = "An entry of the risk register with its score and tier")
public record RiskResponse(
        @Schema(example = "3f2b8c1d-6a4e-4f0b-9d2c-7e5a1b3c9d20") String id,
        String title,
        String description,
        RiskCategory category,
        @Schema(example = "4") int likelihood,
        @Schema(example = "4") int impact,
        @Schema(example = "4") int responseDifficulty,
        @Schema(description = "likelihood × impact × responseDifficulty, 1 to 125", example = "64") int score,
        @Schema(description = "The tier of the score by the service's thresholds (by default IMPORTANT from 27, MAJOR from 64)")
        RiskTier tier,
        String owner,
        RiskStatus status,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Version; the ETag of the risk", example = "0") long version) {

    public static RiskResponse from(Risk risk, RiskTier tier) {
        return new RiskResponse(Ids.format(risk.id), risk.title, risk.description, risk.category, risk.likelihood,
                risk.impact, risk.responseDifficulty, risk.score, tier, risk.owner, risk.status,
                risk.createdAt.atOffset(ZoneOffset.UTC), risk.updatedAt.atOffset(ZoneOffset.UTC), risk.version);
    }
}
