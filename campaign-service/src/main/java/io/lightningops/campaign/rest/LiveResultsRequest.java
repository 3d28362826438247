package io.lightningops.campaign.rest;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LiveResults", description = "How a live session went")
public record LiveResultsRequest(
        @NotNull @Min(0) @Schema(description = "Total viewers", example = "48200") Long viewers,
        @NotNull @Min(0) @Schema(description = "Peak concurrent viewers, at most viewers", example = "3100") Long peakViewers,
        @NotNull @DecimalMin(value = "0.00", message = "must be 0 or more")
        @Digits(integer = 12, fraction = 2, message = "must be an amount in CNY with at most 2 decimals")
        @Schema(type = SchemaType.STRING, example = "86500.00") BigDecimal gmv,
        @Min(0) @Schema(example = "1320") Long orders,
        @NotNull @Min(0) @Max(1440) @Schema(description = "Actual length", example = "135") Integer durationMinutes) {
}
