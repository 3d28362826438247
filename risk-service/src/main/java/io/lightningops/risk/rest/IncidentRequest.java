package io.lightningops.risk.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.risk.domain.IncidentType;
import io.lightningops.risk.domain.RiskTier;

@Schema(name = "IncidentRequest", description = "An incident opened by hand")
public record IncidentRequest(
        @NotNull IncidentType type,
        @NotNull @Schema(description = "Sets the acknowledge deadline and the escalation level") RiskTier tier,
        @NotBlank @Size(max = 200) @Schema(example = "主账号视频被平台判定违规下架") String title,
        @Size(max = 4000) String description,
        @Size(max = 100) @Schema(description = "The content-service account concerned") String accountId,
        @Size(max = 100) @Schema(description = "The content-service video concerned") String videoId) {
}
