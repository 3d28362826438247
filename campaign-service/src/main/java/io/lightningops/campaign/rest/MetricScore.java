package io.lightningops.campaign.rest;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.Metric;

@Schema(name = "MetricScore", description = "One metric of a score: its normalized value, its weight, and the points "
        + "(of 100) it contributed: 100 x weight x normalized / sum of weights")
public record MetricScore(
        Metric metric,
        @Schema(description = "Normalized value, 0 to 1", example = "0.6250") BigDecimal normalized,
        @Schema(description = "Weight used", example = "0.25") BigDecimal weight,
        @Schema(description = "Points contributed to the 0-100 score", example = "15.63") BigDecimal points) {
}
