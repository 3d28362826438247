package io.lightningops.campaign.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.MetricWeights;

@Schema(name = "Evaluation", description = "A partner's 0-100 score, its breakdown by metric, and what it was made from")
public record EvaluationResponse(
        String id,
        String partnerId,
        String campaignId,
        @Schema(description = "100 x sum(weight x normalized) / sum(weights), 2 decimals", example = "71.45") BigDecimal score,
        List<MetricScore> breakdown,
        MetricWeights weights,
        EvaluationInputs inputs,
        String evaluatedBy,
        OffsetDateTime evaluatedAt,
        String note) {
}
