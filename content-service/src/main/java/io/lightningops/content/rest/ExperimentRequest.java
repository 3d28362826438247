package io.lightningops.content.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.content.domain.ExperimentMetric;

@Schema(name = "ExperimentRequest", description = "An A/B test of creative variants of one video idea")
public record ExperimentRequest(
        @NotBlank @Schema(example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10") String accountId,
        @NotBlank @Size(max = 100) @Schema(example = "冷萃开头三秒：口播 vs 画面") String name,
        @Size(max = 500) @Schema(description = "The video idea the variants share", example = "冷萃咖啡的第一口") String idea,
        @NotNull @Schema(description = "What decides the winner") ExperimentMetric metric,
        @NotNull @Size(min = 2, max = 15, message = "must name 2 to 15 videos")
        @Schema(description = "2 to 15 distinct videos of the account, the variants A, B, C … in this order")
        List<@NotBlank String> videoIds) {
}
