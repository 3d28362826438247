package io.lightningops.analytics.rest;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AlertSettings", description = "The thresholds the alert rules apply to an account")
public record AlertSettingsResponse(
        @Schema(example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10") String accountId,
        @Schema(example = "0.15") BigDecimal playsDropThreshold,
        @Schema(example = "0.50") BigDecimal engagementDropThreshold,
        @Schema(description = "false: the configured defaults apply (lightning.alerts.*)") boolean custom,
        @Schema(description = "Version, also the ETag; absent while the defaults apply", example = "0") Long version) {
}
