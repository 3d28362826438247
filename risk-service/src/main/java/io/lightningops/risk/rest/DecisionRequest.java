package io.lightningops.risk.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.risk.domain.Decision;
import io.lightningops.risk.domain.ReviewLevel;

@Schema(name = "DecisionRequest", description = "A reviewer's decision at the level the review awaits")
public record DecisionRequest(
        @NotNull @Schema(description = "The level decided at; must be the level the review awaits")
        ReviewLevel level,
        @NotNull Decision decision,
        @NotBlank @Size(max = 2000) @Schema(description = "Why", example = "“最佳”已改为“优质”，符合广告法")
        String reason) {
}
