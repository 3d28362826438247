package io.lightningops.campaign.domain;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The weight of each of the six metrics. Weights are relative: the score divides by their sum, so 25/20/20/15/10/10
 * and 0.25/0.20/... rank alike. In an override, a missing weight keeps the configured default.
 */
@Schema(name = "MetricWeights", description = "Relative weight of each metric (0 to 100, at most 4 decimals); the score "
        + "divides by their sum. In a request, a missing weight keeps its default (lightning.evaluation.weights.*).")
public record MetricWeights(
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) @Schema(example = "0.25")
        BigDecimal audienceOverlap,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) @Schema(example = "0.20")
        BigDecimal engagementRate,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) @Schema(example = "0.20")
        BigDecimal conversionAbility,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) @Schema(example = "0.15")
        BigDecimal contentFit,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) @Schema(example = "0.10")
        BigDecimal costEfficiency,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) @Schema(example = "0.10")
        BigDecimal reliability) implements PerMetric {

    /** This override with each missing weight taken from {@code defaults}. */
    public MetricWeights over(MetricWeights defaults) {
        return new MetricWeights(
                or(audienceOverlap, defaults.audienceOverlap), or(engagementRate, defaults.engagementRate),
                or(conversionAbility, defaults.conversionAbility), or(contentFit, defaults.contentFit),
                or(costEfficiency, defaults.costEfficiency), or(reliability, defaults.reliability));
    }

    public BigDecimal sum() {
        return audienceOverlap.add(engagementRate).add(conversionAbility).add(contentFit).add(costEfficiency)
                .add(reliability);
    }


    private static BigDecimal or(BigDecimal value, BigDecimal fallback) {
        return value == null ? fallback : value;
    }
}
