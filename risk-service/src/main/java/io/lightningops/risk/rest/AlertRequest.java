package io.lightningops.risk.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AlertRequest", description = "An analytics alert reported to risk-service")
public record AlertRequest(
        @NotBlank @Size(max = 100)
        @Schema(description = "analytics-service's id of the alert; a retry with the same id returns the same incident",
                example = "a1f2c3d4-0000-4000-8000-000000000001") String alertId,
        @NotBlank @Size(max = 100) @Schema(example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10") String accountId,
        @Size(max = 100) @Schema(example = "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f") String videoId,
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be an upper-case alert type such as PLAYS_DROP")
        @Schema(description = "The alert type; maps to an incident type by configuration", example = "PLAYS_DROP")
        String type,
        @NotNull @Schema(description = "The value observed", example = "52000") BigDecimal observed,
        @NotNull @DecimalMin(value = "0", message = "must be 0 or more")
        @Schema(description = "The baseline it was compared with", example = "100000") BigDecimal baseline,
        @NotNull @Schema(description = "When analytics detected it") OffsetDateTime detectedAt,
        @Size(max = 2000) @Schema(example = "播放量较7日基线下降48%") String message) {
}
