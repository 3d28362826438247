package io.lightningops.campaign.rest;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.EvaluationWeights;

@Schema(name = "EvaluationWeights", description = "Weights of the six partner evaluation metrics, each 0 to 100 with up to "
        + "4 decimals, adding up to more than 0; the ranking normalizes them by their sum")
public record WeightsBody(
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) @Schema(example = "0.25") BigDecimal audienceOverlap,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) @Schema(example = "0.20") BigDecimal engagementRate,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) @Schema(example = "0.20") BigDecimal conversionAbility,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) @Schema(example = "0.15") BigDecimal contentFit,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) @Schema(example = "0.10") BigDecimal costEfficiency,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) @Schema(example = "0.10") BigDecimal reliability) {

    public BigDecimal sum() {
        return audienceOverlap.add(engagementRate).add(conversionAbility).add(contentFit).add(costEfficiency).add(reliability);
    }

    public EvaluationWeights toEntity() {
        EvaluationWeights w = new EvaluationWeights();
        w.audienceOverlap = audienceOverlap;
        w.engagementRate = engagementRate;
        w.conversionAbility = conversionAbility;
        w.contentFit = contentFit;
        w.costEfficiency = costEfficiency;
        w.reliability = reliability;
        return w;
    }

    public static WeightsBody from(EvaluationWeights w) {
        return w == null || w.audienceOverlap == null ? null : new WeightsBody(w.audienceOverlap.stripTrailingZeros(),
                w.engagementRate.stripTrailingZeros(), w.conversionAbility.stripTrailingZeros(),
                w.contentFit.stripTrailingZeros(), w.costEfficiency.stripTrailingZeros(), w.reliability.stripTrailingZeros());
    }
}
