package io.lightningops.content.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.content.domain.ExperimentMetric;

@Schema(name = "ExperimentResults", description = "Which variant wins on the metric, and whether the difference is significant")
public record ExperimentResults(
        String experimentId,
        ExperimentMetric metric,
        @Schema(description = "The test used, in words") String test,
        @Schema(description = "Family-wise significance level", example = "0.05") double alpha,
        @Schema(description = "Comparisons of the best variant with each other one (k - 1)", example = "2") int comparisons,
        @Schema(description = "alpha / comparisons (Bonferroni)", example = "0.025") double adjustedAlpha,
        @Schema(description = "SIGNIFICANT_WINNER, NO_SIGNIFICANT_DIFFERENCE or INSUFFICIENT_DATA") Conclusion conclusion,
        @Schema(description = "The best variant by observed rate (null without enough data)", example = "B") String leader,
        @Schema(description = "The leader, only when it beats every other variant significantly", example = "B") String winner,
        @Schema(description = "The winner's video") String winnerVideoId,
        boolean significant,
        @Schema(description = "The answer in a sentence") String detail,
        @Schema(description = "Each variant's latest metrics, in label order") List<VariantResult> variants,
        @Schema(description = "The leader against each other variant, runner-up first") List<Comparison> tests) {

    public enum Conclusion {
        SIGNIFICANT_WINNER,
        NO_SIGNIFICANT_DIFFERENCE,
        INSUFFICIENT_DATA
    }

    @Schema(name = "ExperimentVariantResult")
    public record VariantResult(
            @Schema(example = "A") String label,
            String videoId,
            @Schema(description = "When analytics captured the counters used; null without a snapshot") OffsetDateTime capturedAt,
            @Schema(example = "12000") long plays,
            @Schema(description = "Likes, or completions (completionRate x plays, rounded)", example = "5040") long successes,
            @Schema(description = "successes / plays, 4 decimals; null without plays", example = "0.4200") BigDecimal rate,
            boolean sufficient,
            @Schema(description = "Why the data is not enough", example = "fewer than 100 plays") String reason) {
    }

    @Schema(name = "ExperimentComparison")
    public record Comparison(
            @Schema(example = "A") String against,
            @Schema(example = "3.1200") BigDecimal z,
            @Schema(description = "Two-sided p-value", example = "0.0018") double pValue,
            @Schema(description = "min(1, pValue x comparisons)", example = "0.0036") double adjustedPValue,
            @Schema(description = "pValue < adjustedAlpha") boolean significant) {
    }
}
