package io.lightningops.campaign.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.MetricWeights;

@Schema(name = "Ranking", description = "Partners by score, best first, in the list envelope, with the weights used")
public record RankingResponse(
        String campaignId,
        MetricWeights weights,
        List<RankedPartner> items,
        int page,
        int size,
        long total) {
}
