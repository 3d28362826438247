package io.lightningops.campaign.rest;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LiveSessionRequest", description = "One live session to schedule")
public record LiveSessionRequest(
        @NotBlank @Size(max = 120) @Schema(example = "品牌自播·周二咖啡课") String title,
        @Schema(description = "The campaign it belongs to") String campaignId,
        @NotNull @Schema(example = "2026-11-03T20:00:00+08:00") OffsetDateTime startsAt,
        @NotNull @Min(15) @Max(720) @Schema(description = "Planned length", example = "120") Integer plannedMinutes,
        @NotNull @Size(min = 1, max = 10) @Schema(example = "[\"主播小鹿\", \"咖啡师阿晨\"]") List<@NotBlank @Size(max = 64) String> hosts,
        @Size(max = 20) @Schema(description = "Coupons pushed in the session") List<@NotBlank String> couponIds) {
}
