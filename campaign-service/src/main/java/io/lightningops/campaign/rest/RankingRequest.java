package io.lightningops.campaign.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.MetricWeights;
import io.lightningops.campaign.domain.PartnerType;

@Schema(name = "RankingRequest", description = "Which partners to rank, for which campaign, with which weights; all optional")
public record RankingRequest(
        @Schema(description = "Rank on evaluations made for this campaign, falling back to a partner's latest evaluation "
                + "made for no campaign") String campaignId,
        @Valid @Schema(description = "Weights for this ranking; missing ones keep their default") MetricWeights weights,
        PartnerType type,
        @Schema(description = "Only the creators of this MCN") String mcnId,
        @Size(max = 40) String category,
        @Size(max = 100) @Schema(description = "Only partners whose name contains this") String q) {
}
