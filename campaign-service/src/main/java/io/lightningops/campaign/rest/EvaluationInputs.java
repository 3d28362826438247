package io.lightningops.campaign.rest;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EvaluationInputs", description = "Raw figures of a partner (e.g. from its Xingtu profile and past orders); "
        + "each metric is normalized from them to 0..1")
public record EvaluationInputs(
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        @Schema(description = "Share of the partner's audience inside the brand's target audience, in percent. "
                + "Audience overlap = this / 100.", example = "62.5")
        BigDecimal audienceOverlapPercent,
        @NotNull @Positive
        @Schema(description = "Average plays per video", example = "120000")
        Long avgPlays,
        @NotNull @PositiveOrZero
        @Schema(description = "Average likes + comments + shares per video. Engagement rate = min(1, "
                + "(avgInteractions / avgPlays) / lightning.evaluation.engagement-rate-target).", example = "6000")
        Long avgInteractions,
        @NotNull @PositiveOrZero
        @Schema(description = "Product clicks in the partner's past promotions", example = "4000")
        Long clicks,
        @NotNull @PositiveOrZero
        @Schema(description = "Orders from those clicks. Conversion ability = min(1, (orders / clicks) / "
                + "lightning.evaluation.conversion-rate-target); 0 without clicks.", example = "120")
        Long orders,
        @NotNull @Min(1) @Max(5)
        @Schema(description = "How well the partner's content fits the brand, rated 1 to 5. Content fit = (rating - 1) / 4.",
                example = "4")
        Integer contentFitRating,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
        @Schema(description = "Quoted price per video in CNY (decimal string). CPM = price x 1000 / avgPlays; cost "
                + "efficiency = min(1, lightning.evaluation.target-cpm / CPM), 1 for a free video.", example = "3600.00")
        BigDecimal quotedPrice,
        @PositiveOrZero
        @Schema(description = "Deliveries made on time; with totalDeliveries, reliability = onTime / total. Without them "
                + "reliability comes from the partner's deliverables recorded here (submitted by the due time / due), "
                + "or lightning.evaluation.reliability-unknown when there are none.", example = "9")
        Long onTimeDeliveries,
        @PositiveOrZero
        @Schema(description = "Deliveries that were due", example = "10")
        Long totalDeliveries) {
}
