package io.lightningops.campaign.rest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LivePlanRequest", description = "A weekly plan: sessions on the given days of each week, at the same time")
public record LivePlanRequest(
        @NotBlank @Size(max = 120) @Schema(example = "品牌自播") String title,
        @Schema(description = "The campaign the sessions belong to") String campaignId,
        @NotNull @Schema(description = "First day of the plan (its week is week 1)", example = "2026-11-02") LocalDate firstDay,
        @NotNull @Min(1) @Max(26) @Schema(example = "4") Integer weeks,
        @NotNull @Size(min = 1, max = 7) @Schema(description = "Days of the week; two for the playbook's two brand sessions a week",
                example = "[\"TUESDAY\", \"FRIDAY\"]") Set<@NotNull DayOfWeek> days,
        @NotNull @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "20:00")
        LocalTime startTime,
        @Pattern(regexp = "^[+-](0\\d|1[0-4]):[0-5]\\d$", message = "must be an offset like +08:00")
        @Schema(description = "UTC offset of startTime; +08:00 (China) when absent", example = "+08:00") String offset,
        @NotNull @Min(15) @Max(720) @Schema(example = "120") Integer plannedMinutes,
        @NotNull @Size(min = 1, max = 10) List<@NotBlank @Size(max = 64) String> hosts,
        @Size(max = 20) List<@NotBlank String> couponIds) {
}
