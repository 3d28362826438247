package io.lightningops.campaign.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.MetricWeights;

@Schema(name = "EvaluationRequest", description = "An evaluation of a partner, optionally for a campaign")
public record EvaluationRequest(
        @Schema(description = "The campaign the partner is evaluated for, if any") String campaignId,
        @Valid @NotNull EvaluationInputs inputs,
        @Valid @Schema(description = "Weights for this evaluation; missing ones keep their default") MetricWeights weights,
        @Size(max = 1000) @Schema(example = "Q3 新品推广初筛") String note) {
}
