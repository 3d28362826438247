package io.lightningops.analytics.rest;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AlertSettingsRequest", description = "An account's own alert thresholds")
public record AlertSettingsRequest(
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false)
        @Digits(integer = 1, fraction = 4)
        @Schema(description = "PLAYS_DROP when the day's plays are this share or more below the trailing average",
                example = "0.15") BigDecimal playsDropThreshold,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false)
        @Digits(integer = 1, fraction = 4)
        @Schema(description = "ENGAGEMENT_COLLAPSE when the day's engagement rate is this share or more below the "
                + "baseline's", example = "0.50") BigDecimal engagementDropThreshold) {
}
