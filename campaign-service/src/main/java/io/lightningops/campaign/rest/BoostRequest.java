package io.lightningops.campaign.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.BidStrategy;
import io.lightningops.campaign.domain.TimeSlot;

@Schema(name = "BoostRequest", description = "A paid DOU+ boost of a campaign's video")
public record BoostRequest(
        @NotBlank @Schema(description = "The campaign it belongs to") String campaignId,
        @NotBlank @Size(max = 64) @Schema(description = "The boosted video (content-service id or Douyin item id)",
                example = "7301234567890123456") String videoRef,
        @NotNull @DecimalMin(value = "0.01", message = "must be more than 0")
        @Digits(integer = 12, fraction = 2, message = "must be an amount in CNY with at most 2 decimals")
        @Schema(type = SchemaType.STRING, example = "500.00") BigDecimal spend,
        @NotNull @Schema(description = "SMART, CUSTOM_TARGETING or LOOKALIKE_CREATORS") BidStrategy bidStrategy,
        @NotNull @Schema(description = "MORNING, NOON, AFTERNOON, EVENING or NIGHT (China time)") TimeSlot timeSlot,
        @DecimalMin(value = "0.00", message = "must be 0 or more")
        @Digits(integer = 12, fraction = 2, message = "must be an amount in CNY with at most 2 decimals")
        @Schema(description = "GMV the boost brought; 0 when absent", type = SchemaType.STRING, example = "1850.00") BigDecimal gmv,
        @Schema(description = "When the boost started") OffsetDateTime startedAt) {
}
